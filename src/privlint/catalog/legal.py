"""Dated legal facts for transfer checks: areas, adequacy decisions and transfer mechanisms.

The facts live in ``rules/legal/*.toml`` because they change with court rulings and new
decisions, not with privlint's code. Every answer carries the date and source it rests on, so
a finding can say which decision was consulted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from privlint.toml import loads

DEFAULT_REGIME = "eu_gdpr"


class LegalFactsError(ValueError):
    """A legal facts file is malformed (a bug in a rule pack, not in the user's manifest)."""


@dataclass(frozen=True)
class Regime:
    id: str
    name: str
    area: str


@dataclass(frozen=True)
class Area:
    id: str
    name: str
    countries: frozenset[str]
    source: str = ""


@dataclass(frozen=True)
class Adequacy:
    """One adequacy decision (or UK regulation) for one destination under one regime."""

    regime: str
    country: str
    name: str
    since: dt.date
    until: dt.date | None = None
    scope: str = "full"
    mechanism: str = "adequacy"
    source: str = ""
    note: str = ""

    def valid_on(self, day: dt.date) -> bool:
        return self.since <= day and (self.until is None or day < self.until)


@dataclass(frozen=True)
class Mechanism:
    id: str
    name: str
    regimes: tuple[str, ...]
    countries: tuple[str, ...] = ()
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None
    withdrawn: bool = False
    requires_adequacy: bool = False
    source: str = ""
    replacement: str = ""
    note: str = ""


@dataclass(frozen=True)
class LegalFacts:
    """Everything privlint knows about where personal data may go, and since when."""

    regimes: Mapping[str, Regime] = field(default_factory=dict)
    areas: Mapping[str, Area] = field(default_factory=dict)
    adequacy: tuple[Adequacy, ...] = ()
    area_adequacy: Mapping[str, tuple[tuple[str, dt.date, str], ...]] = field(default_factory=dict)
    mechanisms: Mapping[str, Mechanism] = field(default_factory=dict)

    # ---- where the exporter is -------------------------------------------------------
    @property
    def eea(self) -> frozenset[str]:
        area = self.areas.get("eea")
        return area.countries if area else frozenset()

    def regime_for(self, establishment: str, regimes: Iterable[str] = ()) -> str:
        """The regime whose transfer rules bind an exporter established in ``establishment``.

        The establishment decides (an EEA country: EU GDPR; GB: UK GDPR); outside both, the
        first known regime the organisation lists, else the EU GDPR.
        """
        for regime in self.regimes.values():
            area = self.areas.get(regime.area)
            if area and establishment.upper() in area.countries:
                return regime.id
        for regime_id in regimes:
            if regime_id in self.regimes:
                return regime_id
        return DEFAULT_REGIME

    def home_area(self, establishment: str, regime: str | None = None) -> frozenset[str]:
        """The countries between which data moves freely for this exporter."""
        est = establishment.upper()
        rid = regime or self.regime_for(est)
        reg = self.regimes.get(rid)
        area = self.areas.get(reg.area) if reg else None
        if area and est in area.countries:
            return area.countries
        return frozenset({est})

    def is_transfer(self, establishment: str, country: str, regime: str | None = None) -> bool:
        """True when sending data to ``country`` is a Chapter V transfer for this exporter."""
        return country.upper() not in self.home_area(establishment, regime)

    # ---- adequacy ----------------------------------------------------------------------
    def adequacy_for(self, country: str, on: dt.date, regime: str) -> Adequacy | None:
        """The adequacy decision covering ``country`` under ``regime`` on ``on``, if any.

        Whole areas recognised as adequate (the EEA for the UK) count too.
        """
        cc = country.upper()
        for decision in self.adequacy:
            if decision.regime == regime and decision.country == cc and decision.valid_on(on):
                return decision
        for area_id, since, source in self.area_adequacy.get(regime, ()):
            area = self.areas.get(area_id)
            if area and cc in area.countries and since <= on:
                return Adequacy(regime, cc, f"{cc} ({area.name})", since, source=source)
        return None

    def implicitly_adequate(self, country: str, on: dt.date, regime: str) -> Adequacy | None:
        """An adequacy decision that covers every recipient in ``country`` (not DPF-style)."""
        decision = self.adequacy_for(country, on, regime)
        if decision and decision.scope != "certified":
            return decision
        return None

    def needs_mechanism(
        self, establishment: str, country: str, on: dt.date, regime: str | None = None
    ) -> bool:
        """A transfer not already covered by a general adequacy decision needs a mechanism."""
        rid = regime or self.regime_for(establishment)
        if not self.is_transfer(establishment, country, rid):
            return False
        return self.implicitly_adequate(country, on, rid) is None

    # ---- mechanisms --------------------------------------------------------------------
    def mechanism_status(
        self, mechanism: str, country: str, on: dt.date, regime: str
    ) -> tuple[bool, str]:
        """Whether ``mechanism`` validly covers a transfer to ``country`` on ``on``, and why."""
        cc = country.upper()
        mech = self.mechanisms.get(mechanism)
        if mech is None:
            known = ", ".join(
                sorted(m for m in self.mechanisms if not self.mechanisms[m].withdrawn)
            )
            return (
                False,
                f"'{mechanism}' is not a known transfer mechanism (expected one of {known})",
            )
        if mech.withdrawn:
            until = f" since {mech.valid_until.isoformat()}" if mech.valid_until else ""
            hint = f"; use {mech.replacement}" if mech.replacement else ""
            return False, f"{mech.name} is no longer valid{until} ({mech.source}){hint}"
        if regime not in mech.regimes:
            return False, f"{mech.name} is not available under {self._regime_name(regime)}"
        if mech.countries and cc not in mech.countries:
            return False, f"{mech.name} covers only {', '.join(mech.countries)}, not {cc}"
        if mech.valid_from and on < mech.valid_from:
            return False, f"{mech.name} applies only from {mech.valid_from.isoformat()}"
        if mech.valid_until and on >= mech.valid_until:
            return False, f"{mech.name} ceased to be valid on {mech.valid_until.isoformat()}"
        if mech.requires_adequacy:
            decision = self.adequacy_for(cc, on, regime)
            if decision is None or decision.mechanism != mechanism:
                return False, self._no_adequacy(mechanism, cc, on, regime)
            return True, (f"{decision.name}: {decision.source}, since {decision.since.isoformat()}")
        return True, f"{mech.name} ({mech.source})"

    def _no_adequacy(self, mechanism: str, cc: str, on: dt.date, regime: str) -> str:
        name = self._regime_name(regime)
        any_decision = [d for d in self.adequacy if d.regime == regime and d.country == cc]
        for decision in any_decision:
            if decision.mechanism != mechanism:
                return (
                    f"{cc} is adequate under {name} only as '{decision.mechanism}' "
                    f"({decision.name}, {decision.source})"
                )
            if decision.since > on:
                return (
                    f"the decision for {cc} ({decision.source}) applies only from "
                    f"{decision.since.isoformat()}, after {on.isoformat()}"
                )
        return f"{cc} has no adequacy decision under {name} valid on {on.isoformat()}"

    def _regime_name(self, regime: str) -> str:
        reg = self.regimes.get(regime)
        return reg.name if reg else regime


# ---- loading ---------------------------------------------------------------------------
def _date(value: object, where: str) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    raise LegalFactsError(f"{where}: expected a TOML date, got {value!r}")


def load_legal(files: list[Path]) -> LegalFacts:
    """Merge legal facts files in order (later files add to and override earlier ones)."""
    regimes: dict[str, Regime] = {}
    areas: dict[str, Area] = {}
    adequacy: list[Adequacy] = []
    area_adequacy: dict[str, list[tuple[str, dt.date, str]]] = {}
    mechanisms: dict[str, Mechanism] = {}
    for path in files:
        try:
            data = loads(path.read_text(encoding="utf-8"))
            _merge(data, path.name, regimes, areas, adequacy, area_adequacy, mechanisms)
        except (KeyError, TypeError, ValueError) as exc:
            raise LegalFactsError(f"{path}: {exc}") from exc
    return LegalFacts(
        regimes=regimes,
        areas=areas,
        adequacy=tuple(adequacy),
        area_adequacy={k: tuple(v) for k, v in area_adequacy.items()},
        mechanisms=mechanisms,
    )


def _merge(
    data: Mapping[str, object],
    name: str,
    regimes: dict[str, Regime],
    areas: dict[str, Area],
    adequacy: list[Adequacy],
    area_adequacy: dict[str, list[tuple[str, dt.date, str]]],
    mechanisms: dict[str, Mechanism],
) -> None:
    for rid, raw in dict(data.get("regimes", {})).items():
        regimes[rid] = Regime(rid, str(raw["name"]), str(raw["area"]))
    for aid, raw in dict(data.get("areas", {})).items():
        countries = frozenset(str(c).upper() for c in raw["countries"])
        areas[aid] = Area(aid, str(raw["name"]), countries, str(raw.get("source", "")))
    for raw in list(data.get("area_adequacy", [])):
        since = _date(raw["since"], f"{name} area_adequacy {raw.get('area')}")
        if since is None:
            raise LegalFactsError(f"{name}: area_adequacy needs `since`")
        area_adequacy.setdefault(str(raw["regime"]), []).append(
            (str(raw["area"]), since, str(raw.get("source", "")))
        )
    for raw in list(data.get("adequacy", [])):
        where = f"{name} adequacy {raw.get('country')}"
        since = _date(raw["since"], where)
        if since is None:
            raise LegalFactsError(f"{where}: `since` is required")
        adequacy.append(
            Adequacy(
                regime=str(raw["regime"]),
                country=str(raw["country"]).upper(),
                name=str(raw.get("name", raw["country"])),
                since=since,
                until=_date(raw.get("until"), where),
                scope=str(raw.get("scope", "full")),
                mechanism=str(raw.get("mechanism", "adequacy")),
                source=str(raw.get("source", "")),
                note=str(raw.get("note", "")),
            )
        )
    for mid, raw in dict(data.get("mechanisms", {})).items():
        where = f"{name} mechanisms.{mid}"
        mechanisms[mid] = Mechanism(
            id=mid,
            name=str(raw.get("name", mid)),
            regimes=tuple(str(r) for r in raw.get("regimes", ())),
            countries=tuple(str(c).upper() for c in raw.get("countries", ())),
            valid_from=_date(raw.get("valid_from"), where),
            valid_until=_date(raw.get("valid_until"), where),
            withdrawn=bool(raw.get("withdrawn", False)),
            requires_adequacy=bool(raw.get("requires_adequacy", False)),
            source=str(raw.get("source", "")),
            replacement=str(raw.get("replacement", "")),
            note=str(raw.get("note", "")),
        )

"""Load privacy.toml into a :class:`Manifest`, reporting every schema problem at its line.

A broken manifest should produce a full list of problems in one run, not one at a time, so
only a TOML syntax error (PRV001) stops loading. Every other problem (PRV002: unknown key,
wrong type, bad enum value, missing required key, unsupported version) drops or defaults the
offending value, records a finding at the key's line and column, and loading goes on.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from privlint.facts import Span
from privlint.findings import Explanation, Finding, Severity
from privlint.manifest import model as m
from privlint.manifest.durations import try_duration
from privlint.manifest.locate import KeyPath, locate
from privlint.toml import TOMLDecodeError, loads

SUPPORTED_VERSIONS = (1,)
CATEGORY_ROLES = ("controller", "processor")
RECIPIENT_ROLES = (
    "processor",
    "sub_processor",
    "controller",
    "joint_controller",
    "group_company",
    "public_authority",
)
COOKIE_PARTIES = ("first", "third")
REGIMES = ("eu_gdpr", "uk_gdpr", "pecr", "eprivacy", "ch_fadp", "ccpa")
RIGHT_OPTIONS = ("formats", "exempt_purposes", "authority", "bases", "description")

_COUNTRY = re.compile(r"[A-Z]{2}")
_ELEMENT_KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*")
_DOTTED = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+")


@dataclass(frozen=True)
class ManifestResult:
    """The loaded manifest (None only for a TOML syntax error) and the loader's findings."""

    manifest: m.Manifest | None
    findings: tuple[Finding, ...]


class _Invalid(Exception):
    """A value of the wrong type or outside its allowed values; the message says what was."""


# ---- value converters: each returns the model value or raises _Invalid --------------------
Converter = Callable[[Any], Any]


def _kind(value: object) -> str:
    kinds = {
        bool: "a boolean",
        int: "an integer",
        float: "a float",
        str: "a string",
        list: "an array",
        dict: "a table",
        dt.datetime: "a date-time",
        dt.date: "a date",
        dt.time: "a time",
    }
    return kinds.get(type(value), type(value).__name__)


def _got(value: object) -> str:
    if isinstance(value, (dict, list)):
        return _kind(value)
    return f"{_kind(value)} ({value!r})"


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"expected a string, got {_got(value)}")
    return value


def _bool(value: object) -> bool:
    if not isinstance(value, bool):
        raise _Invalid(f"expected true or false, got {_got(value)}")
    return value


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise _Invalid(f"expected an integer, got {_got(value)}")
    return value


def _date(value: object) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise _Invalid(f"expected a TOML date such as 2025-01-31 (no quotes), got {_got(value)}")
    return value


def _strs(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _Invalid(f"expected an array of strings, got {_got(value)}")
    return tuple(value)


def _str_or_strs(value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    try:
        return _strs(value)
    except _Invalid:
        raise _Invalid(f"expected a string or an array of strings, got {_got(value)}") from None


def _text_or_list(value: object) -> str:
    """Free text that may be written as several lines of an array (joined with '; ')."""
    return "; ".join(_str_or_strs(value))


def _enum(values: Sequence[str]) -> Converter:
    def convert(value: object) -> str:
        text = _str(value)
        if text not in values:
            raise _Invalid(f"expected one of {_choices(values)}, got {text!r}{_hint(text, values)}")
        return text

    return convert


def _enum_list(values: Sequence[str]) -> Converter:
    def convert(value: object) -> tuple[str, ...]:
        items = _strs(value)
        for item in items:
            if item not in values:
                raise _Invalid(
                    f"expected items from {_choices(values)}, got {item!r}{_hint(item, values)}"
                )
        return items

    return convert


def _country(value: object) -> str:
    text = _str(value)
    if not _COUNTRY.fullmatch(text):
        raise _Invalid(f"expected an ISO 3166-1 alpha-2 country code such as 'DE', got {text!r}")
    return text


def _countries(value: object) -> tuple[str, ...]:
    items = _strs(value)
    for item in items:
        _country(item)
    return items


def _dotted(value: object) -> str:
    text = _str(value)
    if not _DOTTED.fullmatch(text):
        raise _Invalid(
            f"expected a dotted code path such as 'app.models.User.closed_at', got {text!r}"
        )
    return text


def _choices(values: Sequence[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def _hint(text: str, values: Sequence[str]) -> str:
    close = difflib.get_close_matches(text, list(values), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def dotted_path(path: KeyPath) -> str:
    """A key path as it would be written in TOML (``categories.usage."a.b"``, ``keep[0]``)."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
            continue
        text = part if re.fullmatch(r"[A-Za-z0-9_-]+", part) else f'"{part}"'
        out += f".{text}" if out else text
    return out


# ---- the reader ---------------------------------------------------------------------------
@dataclass
class _Reader:
    path: str
    spans: dict[KeyPath, Span]
    findings: list[Finding]

    def span(self, path: KeyPath) -> Span:
        """The span of ``path``, or of its nearest written ancestor."""
        while path:
            if path in self.spans:
                return self.spans[path]
            path = path[:-1]
        return m.NO_SPAN

    def key_spans(self, path: KeyPath, raw: Mapping[str, object]) -> dict[str, Span]:
        out: dict[str, Span] = {}
        for key, value in raw.items():
            if (*path, key) in self.spans:
                out[key] = self.spans[(*path, key)]
            if isinstance(value, list):
                for i in range(len(value)):
                    if (*path, key, i) in self.spans:
                        out[f"{key}[{i}]"] = self.spans[(*path, key, i)]
        return out

    def located(self, path: KeyPath, table: Mapping[str, object]) -> dict[str, Any]:
        """``span`` and ``key_spans`` for an entity built from the table at ``path``."""
        return {"span": self.span(path), "key_spans": self.key_spans(path, table)}

    def problem(self, path: KeyPath, message: str, expected: str = "") -> None:
        where = f"{dotted_path(path)} ({self.path}:{self.span(path).line})" if path else self.path
        explanation = Explanation((("manifest", where),))
        if expected:
            explanation = explanation.add("expected", expected)
        self.findings.append(
            Finding(
                code="PRV002",
                message=message,
                path=self.path,
                span=self.span(path),
                severity=Severity.ERROR,
                explanation=explanation,
            )
        )

    def table(self, path: KeyPath, value: object) -> dict[str, Any] | None:
        if isinstance(value, dict):
            return value
        self.problem(path, f"`{dotted_path(path)}`: expected a table, got {_got(value)}")
        return None

    def fields(
        self,
        path: KeyPath,
        raw: Mapping[str, Any],
        schema: Mapping[str, Converter | None],
        required: Sequence[str] = (),
    ) -> dict[str, Any]:
        """Convert the keys of one table; a ``None`` converter means "handled by the caller"."""
        out: dict[str, Any] = {}
        for key, value in raw.items():
            if key not in schema:
                hint = _hint(key, list(schema))
                where = f"`{dotted_path(path)}`" if path else "the top level of the manifest"
                allowed = ", ".join(sorted(schema))
                self.problem(
                    (*path, key),
                    f"unknown key `{key}` in {where}{hint}",
                    expected=f"one of {allowed}",
                )
                continue
            convert = schema[key]
            if convert is None:
                continue
            try:
                out[key] = convert(value)
            except _Invalid as exc:
                self.problem((*path, key), f"`{dotted_path((*path, key))}`: {exc}")
        for key in required:
            if key not in raw:
                where = f"`{dotted_path(path)}`" if path else "the manifest"
                self.problem(path, f"{where} is missing the required key `{key}`")
        return out

    def section(self, name: str, raw: Mapping[str, Any]) -> dict[str, Any]:
        """An id-keyed section such as ``[categories]``: a table of tables."""
        value = raw.get(name, {})
        table = self.table((name,), value)
        return table or {}

    # ---- sections ----------------------------------------------------------------------
    def organisation(self, raw: object) -> m.Organisation:
        path: KeyPath = ("organisation",)
        table = self.table(path, raw)
        if table is None:
            return m.Organisation(span=self.span(path))
        values = self.fields(
            path,
            table,
            {
                "name": _str,
                "establishment": _country,
                "regimes": _enum_list(REGIMES),
                "dpo": _str,
                "representative": _str,
                "contact": _str,
            },
            required=("name", "establishment"),
        )
        return m.Organisation(**self.located(path, table), **values)

    def element(self, key: str, raw: object) -> m.ElementDecl | None:
        path: KeyPath = ("elements", key)
        if not _ELEMENT_KEY.fullmatch(key):
            self.problem(
                path,
                f"element key {key!r} must be lower-case dotted words such as 'contact.work_email'",
            )
            return None
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(path, table, {"parent": _str, "description": _str, "special": _bool})
        if "parent" not in values and "." in key:
            values["parent"] = key.rsplit(".", 1)[0]
        return m.ElementDecl(**self.located(path, table), key=key, **values)

    def subject(self, sid: str, raw: object) -> m.Subject | None:
        path: KeyPath = ("subjects", sid)
        if isinstance(raw, str):  # shorthand: `visitor = "Website visitors"`
            return m.Subject(span=self.span(path), id=sid, description=raw)
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(path, table, {"description": _str})
        return m.Subject(**self.located(path, table), id=sid, **values)

    def category(self, cid: str, raw: object) -> m.Category | None:
        path: KeyPath = ("categories", cid)
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(
            path,
            table,
            {
                "elements": _strs,
                "subjects": _strs,
                "role": _enum(CATEGORY_ROLES),
                "description": _str,
                "retention": None,
            },
            required=("elements",),
        )
        if "retention" in table:
            values["retention"] = self.retention((*path, "retention"), table["retention"])
        return m.Category(**self.located(path, table), id=cid, **values)

    def retention(self, path: KeyPath, raw: object) -> m.Retention | None:
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(
            path,
            table,
            {
                "period": _str,
                "after": _str,
                "after_latest_of": _strs,
                "until": _str,
                "indefinite": _bool,
                "justification": _str,
                "description": None,
                "keep": None,
            },
        )
        if "description" in table:
            try:
                _str(table["description"])
            except _Invalid as exc:
                self.problem((*path, "description"), f"`{dotted_path(path)}.description`: {exc}")
        if "period" in values:
            values["period_text"] = values["period"]
            values["period"] = try_duration(values["period"])  # PRV021 reports a bad one
        keep: list[m.Keep] = []
        if "keep" in table:
            items = table["keep"]
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                self.problem(
                    (*path, "keep"),
                    f"`{dotted_path((*path, 'keep'))}`: expected an array of tables "
                    f"([[...retention.keep]]), got {_got(items)}",
                )
            else:
                for i, item in enumerate(items):
                    kpath: KeyPath = (*path, "keep", i)
                    kvalues = self.fields(
                        kpath,
                        item,
                        {
                            "elements": _strs,
                            "store": _str,
                            "purpose": _str,
                            "form": _str,
                            "description": _str,
                        },
                        required=("elements",),
                    )
                    keep.append(
                        m.Keep(
                            span=self.span(kpath), key_spans=self.key_spans(kpath, item), **kvalues
                        )
                    )
        return m.Retention(**self.located(path, table), keep=tuple(keep), **values)

    def event(self, eid: str, raw: object) -> m.Event | None:
        path: KeyPath = ("events", eid)
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(
            path, table, {"field": _dotted, "description": _str}, required=("field",)
        )
        return m.Event(**self.located(path, table), id=eid, **values)

    def purpose(self, pid: str, raw: object) -> m.Purpose | None:
        path: KeyPath = ("purposes", pid)
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(
            path,
            table,
            {
                "categories": _strs,
                "basis": _enum(m.LEGAL_BASES),
                "withdrawal": _text_or_list,
                "law": _text_or_list,
                "justification": _str,
                "interest": _str,
                "lia": _str,
                "special_condition": _str,
                "recipients": _strs,
                "cookies": _strs,
                "subjects": _strs,
                "description": _str,
                "data_use": _str,
                "marketing": None,
            },
            required=("categories",),
        )
        if "marketing" in table:
            mpath: KeyPath = (*path, "marketing")
            mtable = self.table(mpath, table["marketing"])
            if mtable is not None:
                mvalues = self.fields(
                    mpath,
                    mtable,
                    {"guard": _str_or_strs, "senders": _str_or_strs, "markers": _str_or_strs},
                )
                values["marketing"] = m.Marketing(
                    span=self.span(mpath), key_spans=self.key_spans(mpath, mtable), **mvalues
                )
        return m.Purpose(**self.located(path, table), id=pid, **values)

    def transfers(self, path: KeyPath, raw: object) -> tuple[dict[str, str], dict[str, Span]]:
        table = self.table(path, raw)
        transfers: dict[str, str] = {}
        spans: dict[str, Span] = {}
        for country, mechanism in (table or {}).items():
            try:
                _country(country)
                transfers[country] = _str(mechanism)
                spans[country] = self.span((*path, country))
            except _Invalid as exc:
                self.problem((*path, country), f"`{dotted_path((*path, country))}`: {exc}")
        return transfers, spans

    def recipient(self, rid: str, raw: object) -> m.Recipient | None:
        path: KeyPath = ("recipients", rid)
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(
            path,
            table,
            {
                "role": _enum(RECIPIENT_ROLES),
                "name": _str,
                "description": _str,
                "countries": _countries,
                "hosts": _strs,
                "packages": _strs,
                "dpa": _str,
                "transfers": None,
            },
        )
        if "transfers" in table:
            transfers, spans = self.transfers((*path, "transfers"), table["transfers"])
            values["transfers"] = transfers
            values["transfer_spans"] = spans
        return m.Recipient(**self.located(path, table), id=rid, **values)

    def cookie(self, name: str, raw: object) -> m.Cookie | None:
        path: KeyPath = ("cookies", name)
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(
            path,
            table,
            {
                "category": _enum(m.COOKIE_CATEGORIES),
                "party": _enum(COOKIE_PARTIES),
                "expiry": _str,
                "necessary": _bool,
                "provider": _str,
                "description": _str,
            },
            required=("category",),
        )
        return m.Cookie(**self.located(path, table), name=name, **values)

    def rights(self, raw: object) -> m.Rights:
        path: KeyPath = ("rights",)
        table = self.table(path, raw)
        if table is None:
            return m.Rights(span=self.span(path))
        schema: dict[str, Converter | None] = {"sla": _str}
        schema.update({right: None for right in m.RIGHTS})
        values = self.fields(path, table, schema)
        rights: dict[str, m.Right] = {}
        for right in m.RIGHTS:
            if right not in table:
                continue
            rpath: KeyPath = (*path, right)
            rtable = self.table(rpath, table[right])
            if rtable is None:
                continue
            rvalues = self.fields(
                rpath,
                rtable,
                {
                    "handler": _str,
                    "formats": _strs,
                    "exempt_purposes": _strs,
                    "authority": _str,
                    "bases": _enum_list(m.LEGAL_BASES),
                    "description": _str,
                },
            )
            handler = rvalues.pop("handler", None)
            rights[right] = m.Right(
                span=self.span(rpath),
                key_spans=self.key_spans(rpath, rtable),
                id=right,
                handler=handler,
                options=rvalues,
            )
        return m.Rights(
            span=self.span(path),
            key_spans=self.key_spans(path, table),
            sla=values.get("sla"),
            rights=rights,
        )

    def bindings(self, raw: object) -> tuple[m.Binding, ...]:
        path: KeyPath = ("bindings",)
        table = self.table(path, raw)
        out: list[m.Binding] = []
        for target, value in (table or {}).items():
            bpath: KeyPath = (*path, target)
            if not _DOTTED.fullmatch(target):
                self.problem(
                    bpath,
                    f"binding target {target!r}: expected 'module.Class' or 'module.Class.field'",
                )
                continue
            if value is False:
                out.append(m.Binding(span=self.span(bpath), target=target, not_personal=True))
            elif isinstance(value, str):
                out.append(m.Binding(span=self.span(bpath), target=target, value=value))
            else:
                self.problem(
                    bpath,
                    f"`{dotted_path(bpath)}`: expected a category or element key, or false "
                    f"(not personal data), got {_got(value)}",
                )
        return tuple(out)

    def processor(self, pid: str, raw: object) -> m.ProcessorActivity | None:
        path: KeyPath = ("processor", pid)
        table = self.table(path, raw)
        if table is None:
            return None
        values = self.fields(
            path,
            table,
            {
                "description": _str,
                "controllers": _str_or_strs,
                "categories": _strs,
                "sub_processors": _strs,
                "cookies": _strs,
                "transfers": None,
            },
            required=("categories",),
        )
        if "transfers" in table:
            transfers, spans = self.transfers((*path, "transfers"), table["transfers"])
            values["transfers"] = transfers
            values["transfer_spans"] = spans
        return m.ProcessorActivity(**self.located(path, table), id=pid, **values)

    def manifest(self, data: Mapping[str, Any]) -> m.Manifest:
        top = self.fields(
            (),
            data,
            {
                "version": _int,
                "as_of": _date,
                "organisation": None,
                "elements": None,
                "subjects": None,
                "categories": None,
                "events": None,
                "purposes": None,
                "recipients": None,
                "cookies": None,
                "rights": None,
                "bindings": None,
                "processor": None,
            },
            required=("version", "organisation"),
        )
        version = top.get("version", 1)
        if version not in SUPPORTED_VERSIONS:
            self.problem(
                ("version",),
                f"unsupported manifest version {version}; this privlint reads version "
                + ", ".join(str(v) for v in SUPPORTED_VERSIONS),
            )

        def collect(name: str, build: Callable[[str, object], Any]) -> dict[str, Any]:
            out = {}
            for key, value in self.section(name, data).items():
                entity = build(key, value)
                if entity is not None:
                    out[key] = entity
            return out

        return m.Manifest(
            path=self.path,
            key_spans=self.key_spans((), data),
            version=version,
            as_of=top.get("as_of"),
            organisation=self.organisation(data.get("organisation", {}))
            if "organisation" in data
            else m.Organisation(),
            elements=collect("elements", self.element),
            subjects=collect("subjects", self.subject),
            categories=collect("categories", self.category),
            events=collect("events", self.event),
            purposes=collect("purposes", self.purpose),
            recipients=collect("recipients", self.recipient),
            cookies=collect("cookies", self.cookie),
            rights=self.rights(data["rights"]) if "rights" in data else m.Rights(),
            bindings=self.bindings(data.get("bindings", {})),
            processor=collect("processor", self.processor),
        )


# ---- entry points -------------------------------------------------------------------------
_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")


def _syntax_error(exc: TOMLDecodeError, text: str, path: str) -> Finding:
    message = str(exc)
    line = getattr(exc, "lineno", None)
    column = getattr(exc, "colno", None)
    match = _POSITION.search(message)
    if match:
        line, column = int(match.group(1)), int(match.group(2))
        message = message[: match.start()]
    elif message.endswith("(at end of document)"):
        message = message[: -len("(at end of document)")].rstrip()
        lines = text.splitlines() or [""]
        line, column = len(lines), len(lines[-1]) + 1
    message = getattr(exc, "msg", None) or message
    line, column = line or 1, column or 1
    return Finding(
        code="PRV001",
        message=f"privacy.toml is not valid TOML: {message}",
        path=path,
        span=Span(line, column, line, column),
        severity=Severity.ERROR,
        explanation=Explanation((("parser", f"tomllib at line {line}, column {column}"),)),
    )


def loads_manifest(text: str, path: str = "privacy.toml") -> ManifestResult:
    """Load manifest ``text``; ``path`` is the name findings report."""
    try:
        data = loads(text)
    except TOMLDecodeError as exc:
        return ManifestResult(None, (_syntax_error(exc, text, path),))
    findings: list[Finding] = []
    reader = _Reader(path=path, spans=locate(text), findings=findings)
    manifest = reader.manifest(data)
    return ManifestResult(manifest, tuple(sorted(findings, key=Finding.sort_key)))


def load_manifest(path: Path, display: str | None = None) -> ManifestResult:
    """Load the manifest at ``path``; findings name ``display`` (or ``str(path)``)."""
    shown = display if display is not None else str(path)
    span = m.NO_SPAN
    try:
        data = path.read_bytes()
        text = data.decode("utf-8")
    except OSError as exc:
        message = f"cannot read the manifest: {exc.strerror or exc}"
    except UnicodeDecodeError as exc:
        # TOML is UTF-8 by definition: point at the first byte that is not.
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        span = Span(line, column, line, column + 1)
        message = (
            f"the manifest is not valid UTF-8: byte 0x{data[exc.start]:02x} at line {line}, "
            f"column {column} ({exc.reason}); TOML files must be UTF-8"
        )
    else:
        return loads_manifest(text, shown)
    finding = Finding(
        code="PRV001", message=message, path=shown, span=span, severity=Severity.ERROR
    )
    return ManifestResult(None, (finding,))

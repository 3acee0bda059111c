"""The sink catalogue: where personal data can go (``rules/sinks/*.toml``).

Sinks are data, not code, so a plugin pack can teach privlint a new logger or SDK without a
release. Calls are matched here against the callee names the flow extractor resolved
(``logging.getLogger().info``, ``httpx.Client().post``, ``stripe.Customer.create``); the
extractor itself never reads the catalogue, so facts stay cacheable per file.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from privlint.toml import loads

SINK_KINDS = ("log", "stdout", "exception", "http", "mail", "cookie")


class SinkCatalogError(ValueError):
    """A sinks file does not have the expected shape."""


@dataclass(frozen=True)
class SinkSpec:
    """One kind of call that sends data somewhere, and where in its arguments the data sits."""

    id: str
    kind: str
    label: str
    source: str = ""
    callees: tuple[str, ...] = ()
    receivers: tuple[str, ...] = ()
    receiver_names: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    raised: bool = False
    payload_positions: tuple[int, ...] | None = None
    payload_keywords: tuple[str, ...] | None = None
    ignore_keywords: tuple[str, ...] = ()
    url_position: int | None = None
    url_keyword: str | None = None
    base_url_keyword: str | None = None
    require_url: bool = False
    bulk: bool = False
    host_receiver_position: int | None = None
    host_receiver_keyword: str | None = None
    name_position: int | None = None
    name_keyword: str | None = None
    max_age_position: int | None = None
    max_age_keyword: str | None = None
    secure_keyword: str | None = None
    httponly_keyword: str | None = None

    def carries(self, position: int | None, keyword: str | None) -> bool:
        """True if an argument at ``position`` / named ``keyword`` is part of the payload."""
        if keyword is not None:
            if keyword in self.ignore_keywords:
                return False
            if self.payload_keywords is not None:
                return keyword in self.payload_keywords
            return True
        if self.payload_positions is not None:
            return position in self.payload_positions
        return True


@dataclass(frozen=True)
class Vendor:
    """A third party known by its SDK import names and hosts."""

    id: str
    name: str
    category: str
    packages: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    country: str | None = None
    source: str = ""


@dataclass(frozen=True)
class CookiePolicy:
    """Words that mark session cookies and consent checks (PRV302, PRV502)."""

    session_words: tuple[str, ...] = ()
    secure_categories: tuple[str, ...] = ("authentication",)
    consent_words: tuple[str, ...] = ("consent",)


@dataclass(frozen=True)
class RequestParts:
    """What each part of a web request object holds (``rules/sinks/requests.toml``)."""

    parts: Mapping[str, str] = field(default_factory=dict)
    keys: Mapping[str, str] = field(default_factory=dict)
    header_parts: tuple[str, ...] = ()
    keyed_parts: tuple[str, ...] = ()

    def element_for_key(self, key: str) -> str | None:
        return self.keys.get(_norm_header(key))


def _norm_header(key: str) -> str:
    key = key.lower().replace("-", "_")
    return key[5:] if key.startswith("http_") else key


def host_matches(pattern: str, host: str) -> bool:
    """``*.example.com`` matches sub-domains and, like most allow-lists, the apex too."""
    pattern, host = pattern.lower().rstrip("."), host.lower().rstrip(".")
    if pattern.startswith("*."):
        apex = pattern[2:]
        if "*" not in apex:
            return host == apex or host.endswith("." + apex)
    return fnmatch.fnmatchcase(host, pattern)


@dataclass(frozen=True)
class SinkCatalog:
    """All sinks, vendors and geography hints, with the lookups the flow checks need."""

    sinks: tuple[SinkSpec, ...] = ()
    vendors: tuple[Vendor, ...] = ()
    host_countries: tuple[tuple[str, str], ...] = ()
    regions: Mapping[str, str] = field(default_factory=dict)
    region_keywords: tuple[str, ...] = ()
    eea: frozenset[str] = frozenset()
    cookies: CookiePolicy = field(default_factory=CookiePolicy)
    request: RequestParts = field(default_factory=RequestParts)
    files: tuple[str, ...] = ()
    # Lookups are pure functions of their arguments and run hundreds of thousands of times on
    # a large project: memoise them per catalogue instance.
    _memo: dict = field(default_factory=dict, compare=False, repr=False, hash=False)

    # ---- calls --------------------------------------------------------------------------
    def by_callee(self, callee: str) -> SinkSpec | None:
        """The sink whose qualified callee is exactly ``callee`` (``logging.info``)."""
        for spec in self.sinks:
            if callee in spec.callees:
                return spec
        return None

    def by_method(self, receiver: str, method: str) -> SinkSpec | None:
        """The sink for ``method`` on an object built by ``receiver`` (``httpx.Client()``)."""
        for spec in self.sinks:
            if method in spec.methods and (receiver in spec.receivers or "*" in spec.receivers):
                return spec
        return None

    def by_receiver_name(self, name: str, method: str) -> SinkSpec | None:
        """The sink for ``method`` on a local named by convention (``logger``, ``session``)."""
        for spec in self.sinks:
            if method in spec.methods and name in spec.receiver_names:
                return spec
        return None

    def raised(self) -> SinkSpec | None:
        """The sink standing for ``raise X(...)`` (exception messages)."""
        return next((s for s in self.sinks if s.raised), None)

    def match(
        self, callee: str, receiver: str | None = None, *, raised: bool = False
    ) -> SinkSpec | None:
        """Find the sink for a call: exact callee, then factory receiver, then receiver name."""
        key = ("match", callee, receiver, raised)
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = found = self._match(callee, receiver, raised=raised)
        return found

    def _match(
        self, callee: str, receiver: str | None = None, *, raised: bool = False
    ) -> SinkSpec | None:
        if raised:
            return self.raised()
        spec = self.by_callee(callee)
        if spec is not None:
            return spec
        head, _, method = callee.rpartition(".")
        if not head:
            return None
        spec = self.by_method(head, method)
        if spec is not None and "*" not in spec.receivers:
            return spec
        if receiver is not None:
            named = self.by_receiver_name(receiver.rpartition(".")[2], method)
            if named is not None:
                return named
        return spec

    # ---- vendors ------------------------------------------------------------------------
    def vendor_for_module(self, module: str) -> Vendor | None:
        """The vendor whose import name is ``module`` or a dotted prefix of it."""
        by_package = self._memo.get("packages")
        if by_package is None:  # the first vendor to claim a package wins, as in the packs
            by_package = {}
            for vendor in self.vendors:
                for package in vendor.packages:
                    by_package.setdefault(package, vendor)
            self._memo["packages"] = by_package
        key = ("vendor", module)
        if key in self._memo:
            return self._memo[key]
        found, prefix = None, module
        while prefix and found is None:  # the longest dotted prefix that is a vendor's package
            found = by_package.get(prefix)
            prefix = prefix.rpartition(".")[0]
        self._memo[key] = found
        return found

    def vendor_for_host(self, host: str) -> Vendor | None:
        """The vendor that owns ``host`` (most specific pattern wins)."""
        best: tuple[int, Vendor] | None = None
        for vendor in self.vendors:
            for pattern in vendor.hosts:
                if host_matches(pattern, host) and (best is None or len(pattern) > best[0]):
                    best = (len(pattern), vendor)
        return best[1] if best else None

    # ---- geography ----------------------------------------------------------------------
    def country_for_region(self, region: str) -> str | None:
        return self.regions.get(region) or self.regions.get(region.lower())

    def country_for_host(self, host: str) -> str | None:
        """A country from a host hint or a region label in the host; None if unknown."""
        best: tuple[int, str] | None = None
        for pattern, country in self.host_countries:
            if host_matches(pattern, host) and (best is None or len(pattern) > best[0]):
                best = (len(pattern), country)
        if best is not None:
            return best[1]
        for label in host.lower().split("."):
            if label in self.regions:
                return self.regions[label]
        return None


# ---- loading ----------------------------------------------------------------------------

_SPEC_TUPLES = ("callees", "receivers", "receiver_names", "methods", "ignore_keywords")
_SPEC_SCALARS = (
    "url_position",
    "url_keyword",
    "base_url_keyword",
    "require_url",
    "bulk",
    "raised",
    "host_receiver_position",
    "host_receiver_keyword",
    "name_position",
    "name_keyword",
    "max_age_position",
    "max_age_keyword",
    "secure_keyword",
    "httponly_keyword",
)


def _strs(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SinkCatalogError(f"{where}: expected a list of strings")
    return tuple(value)


def _spec(raw: Mapping[str, Any], where: str) -> SinkSpec:
    for key in ("id", "kind"):
        if not isinstance(raw.get(key), str):
            raise SinkCatalogError(f"{where}: `{key}` (a string) is required")
    if raw["kind"] not in SINK_KINDS:
        raise SinkCatalogError(f"{where}: kind {raw['kind']!r} is not one of {SINK_KINDS}")
    known = {"id", "kind", "label", "payload_positions", "payload_keywords"}
    unknown = set(raw) - known - set(_SPEC_TUPLES) - set(_SPEC_SCALARS)
    if unknown:
        raise SinkCatalogError(f"{where}: unknown keys {sorted(unknown)}")
    kwargs: dict[str, Any] = {k: _strs(raw[k], f"{where}.{k}") for k in _SPEC_TUPLES if k in raw}
    kwargs.update({k: raw[k] for k in _SPEC_SCALARS if k in raw})
    if "payload_positions" in raw:
        kwargs["payload_positions"] = tuple(int(p) for p in raw["payload_positions"])
    if "payload_keywords" in raw:
        kwargs["payload_keywords"] = _strs(raw["payload_keywords"], f"{where}.payload_keywords")
    return SinkSpec(
        id=raw["id"], kind=raw["kind"], label=raw.get("label", raw["id"]), source=where, **kwargs
    )


def _vendor(raw: Mapping[str, Any], where: str) -> Vendor:
    for key in ("id", "name", "category"):
        if not isinstance(raw.get(key), str):
            raise SinkCatalogError(f"{where}: `{key}` (a string) is required")
    return Vendor(
        id=raw["id"],
        name=raw["name"],
        category=raw["category"],
        packages=_strs(raw.get("packages", []), f"{where}.packages"),
        hosts=_strs(raw.get("hosts", []), f"{where}.hosts"),
        country=raw.get("country"),
        source=where,
    )


def load_sinks(files: Sequence[Path]) -> SinkCatalog:
    """Load and merge sink files; a later file's vendor or sink with the same id replaces it."""
    sinks: dict[str, SinkSpec] = {}
    vendors: dict[str, Vendor] = {}
    hosts: list[tuple[str, str]] = []
    regions: dict[str, str] = {}
    region_keywords: list[str] = []
    eea: set[str] = set()
    cookie_raw: dict[str, Any] = {}
    parts: dict[str, str] = {}
    keys: dict[str, str] = {}
    header_parts: list[str] = []
    keyed_parts: list[str] = []
    for path in files:
        try:
            data = loads(Path(path).read_text(encoding="utf-8"))
        except Exception as exc:
            raise SinkCatalogError(f"{path}: {exc}") from exc
        where = f"rules/sinks/{Path(path).name}"
        for i, raw in enumerate(data.get("sinks", [])):
            spec = _spec(raw, f"{where}[sinks.{i}]")
            sinks[spec.id] = spec
        for i, raw in enumerate(data.get("vendors", [])):
            vendor = _vendor(raw, f"{where}[vendors.{i}]")
            vendors[vendor.id] = vendor
        for raw in data.get("hosts", []):
            hosts.append((str(raw["pattern"]), str(raw["country"])))
        regions.update({str(k): str(v) for k, v in data.get("regions", {}).items()})
        region_keywords.extend(_strs(data.get("region_keywords", []), f"{where}.region_keywords"))
        eea.update(_strs(data.get("eea", []), f"{where}.eea"))
        cookie_raw.update(data.get("cookies", {}))
        request = data.get("request", {})
        parts.update(request.get("parts", {}))
        keys.update({_norm_header(k): v for k, v in request.get("keys", {}).items()})
        header_parts.extend(request.get("headers", {}).get("parts", []))
        keyed_parts.extend(request.get("keyed", {}).get("parts", []))
    cookie_policy = CookiePolicy(
        **{k: tuple(v) for k, v in cookie_raw.items() if k in CookiePolicy.__dataclass_fields__}
    )
    return SinkCatalog(
        sinks=tuple(sinks.values()),
        vendors=tuple(vendors.values()),
        host_countries=tuple(hosts),
        regions=MappingProxyType(regions),
        region_keywords=tuple(dict.fromkeys(region_keywords)),
        eea=frozenset(eea),
        cookies=cookie_policy,
        request=RequestParts(
            parts=MappingProxyType(parts),
            keys=MappingProxyType(keys),
            header_parts=tuple(dict.fromkeys(header_parts)),
            keyed_parts=tuple(dict.fromkeys(keyed_parts)),
        ),
        files=tuple(str(p) for p in files),
    )

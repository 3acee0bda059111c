"""The policy manifest (``privacy.toml``) as frozen values.

Every entity keeps the span of its table (``span``) and of each of its keys (``key_spans``), so
that manifest checks report at the right line of privacy.toml. See docs/MANIFEST.md (the
contract) for what each section means.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from privlint.facts import Span

NO_SPAN = Span(1, 1, 1, 1)

LEGAL_BASES = (
    "consent",
    "contract",
    "legal_obligation",
    "vital_interests",
    "public_task",
    "legitimate_interests",
)

RIGHTS = (
    "access",
    "rectification",
    "erasure",
    "restriction",
    "object",
    "object_direct_marketing",
    "portability",
    "withdraw_consent",
    "complain",
)

COOKIE_CATEGORIES = (
    "authentication",
    "status",
    "personalisation",
    "security",
    "advertising",
    "analysis",
    "cookie_consent",
)

TRANSFER_MECHANISMS = ("adequacy", "dpf", "sccs", "uk_idta", "bcr", "derogation")


@dataclass(frozen=True)
class Located:
    """Base for manifest entities: where the table and each of its keys were written."""

    span: Span = NO_SPAN
    key_spans: Mapping[str, Span] = field(default_factory=dict, compare=False, repr=False)

    def at(self, key: str | None = None) -> Span:
        """The span of ``key`` if it was written, else of the table."""
        if key is not None and key in self.key_spans:
            return self.key_spans[key]
        return self.span


@dataclass(frozen=True)
class Organisation(Located):
    name: str = ""
    establishment: str = ""
    regimes: tuple[str, ...] = ()
    dpo: str | None = None
    representative: str | None = None
    contact: str | None = None


@dataclass(frozen=True)
class ElementDecl(Located):
    """A project extension of the taxonomy (``[elements."key"]``)."""

    key: str = ""
    parent: str | None = None
    description: str = ""
    special: bool = False


@dataclass(frozen=True)
class Subject(Located):
    id: str = ""
    description: str = ""


@dataclass(frozen=True)
class Keep(Located):
    """What survives the end of retention (``[[categories.X.retention.keep]]``)."""

    elements: tuple[str, ...] = ()
    store: str = ""
    purpose: str = ""
    form: str = "plain"
    description: str = ""


@dataclass(frozen=True)
class Duration:
    """An ISO 8601 duration such as ``P6Y`` or ``P1Y6M`` or ``PT12H``; ``text`` as written."""

    text: str
    years: int = 0
    months: int = 0
    weeks: int = 0
    days: int = 0
    hours: int = 0
    minutes: int = 0
    seconds: int = 0

    def approx_days(self) -> float:
        """Length in days (a month is 30.44 days, a year 365.25) for comparisons only."""
        return (
            self.years * 365.25
            + self.months * 30.44
            + self.weeks * 7
            + self.days
            + (self.hours + (self.minutes + self.seconds / 60) / 60) / 24
        )


@dataclass(frozen=True)
class Retention(Located):
    """``period`` after one event, after the latest of several, or until an event; or indefinite."""

    period: Duration | None = None
    after: str | None = None
    after_latest_of: tuple[str, ...] = ()
    until: str | None = None
    indefinite: bool = False
    justification: str | None = None
    keep: tuple[Keep, ...] = ()
    period_text: str | None = None  # ``period`` as written, kept even when it does not parse

    def anchors(self) -> tuple[str, ...]:
        """Every event this retention rule is counted from or ends at."""
        out: list[str] = []
        if self.after:
            out.append(self.after)
        out.extend(self.after_latest_of)
        if self.until:
            out.append(self.until)
        return tuple(out)

    def describe(self) -> str:
        if self.indefinite:
            return "indefinite"
        period = self.period.text if self.period else ""
        if self.after:
            return f"{period} after {self.after}"
        if self.after_latest_of:
            return f"{period} after the latest of {', '.join(self.after_latest_of)}"
        if self.until:
            return f"until {self.until}" + (f" (then {period})" if period else "")
        return period


@dataclass(frozen=True)
class Category(Located):
    id: str = ""
    elements: tuple[str, ...] = ()
    subjects: tuple[str, ...] = ()
    role: str = "controller"
    description: str = ""
    retention: Retention | None = None


@dataclass(frozen=True)
class Event(Located):
    """A lifecycle moment bound to a code field (``module.Class.attr``)."""

    id: str = ""
    field: str = ""
    description: str = ""


@dataclass(frozen=True)
class Marketing(Located):
    """How marketing sends are recognised and which opt-out check they must consult."""

    guard: tuple[str, ...] = ()
    senders: tuple[str, ...] = ()
    markers: tuple[str, ...] = ()


@dataclass(frozen=True)
class Purpose(Located):
    id: str = ""
    categories: tuple[str, ...] = ()
    basis: str = ""
    description: str = ""
    data_use: str | None = None
    recipients: tuple[str, ...] = ()
    cookies: tuple[str, ...] = ()
    interest: str | None = None
    lia: str | None = None
    withdrawal: str | None = None
    law: str | None = None
    justification: str | None = None
    special_condition: str | None = None
    subjects: tuple[str, ...] = ()
    marketing: Marketing | None = None


@dataclass(frozen=True)
class Recipient(Located):
    """A recipient of personal data (an organisation: a processor, a group company ...)."""

    id: str = ""
    role: str = ""
    name: str = ""  # privlint: not-personal (an organisation's name)
    description: str = ""
    countries: tuple[str, ...] = ()  # privlint: not-personal (where it processes data)
    hosts: tuple[str, ...] = ()
    packages: tuple[str, ...] = ()
    dpa: str | None = None
    transfers: Mapping[str, str] = field(default_factory=dict)
    transfer_spans: Mapping[str, Span] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class Cookie(Located):
    name: str = ""
    category: str = ""
    party: str = "first"
    expiry: str = "session"
    necessary: bool = False
    provider: str | None = None
    description: str = ""


@dataclass(frozen=True)
class Right(Located):
    id: str = ""
    handler: str | None = None
    options: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Rights(Located):
    sla: str | None = None
    rights: Mapping[str, Right] = field(default_factory=dict)


@dataclass(frozen=True)
class Binding(Located):
    """``"module.Class" = "category"`` or ``"module.Class.field" = "element"`` / ``false``."""

    target: str = ""
    value: str | None = None
    not_personal: bool = False

    def is_class(self) -> bool:
        """``module.Class`` binds a category; ``module.Class.field`` binds an element.

        A target whose last segment starts with a capital letter names a class.
        """
        last = self.target.rsplit(".", 1)[-1]
        return last[:1].isupper()


@dataclass(frozen=True)
class ProcessorActivity(Located):
    """The Art. 30(2) record for data processed on behalf of customers."""

    id: str = ""
    description: str = ""
    controllers: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    sub_processors: tuple[str, ...] = ()
    transfers: Mapping[str, str] = field(default_factory=dict)
    transfer_spans: Mapping[str, Span] = field(default_factory=dict, compare=False, repr=False)
    cookies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Manifest(Located):
    """A whole privacy.toml. ``path`` is as given on the command line or in config."""

    path: str = "privacy.toml"
    version: int = 1
    as_of: dt.date | None = None
    organisation: Organisation = field(default_factory=Organisation)
    elements: Mapping[str, ElementDecl] = field(default_factory=dict)
    subjects: Mapping[str, Subject] = field(default_factory=dict)
    categories: Mapping[str, Category] = field(default_factory=dict)
    events: Mapping[str, Event] = field(default_factory=dict)
    purposes: Mapping[str, Purpose] = field(default_factory=dict)
    recipients: Mapping[str, Recipient] = field(default_factory=dict)
    cookies: Mapping[str, Cookie] = field(default_factory=dict)
    rights: Rights = field(default_factory=Rights)
    bindings: tuple[Binding, ...] = ()
    processor: Mapping[str, ProcessorActivity] = field(default_factory=dict)

    # ---- queries used by code checks ---------------------------------------------------
    def categories_for(self, element: str) -> tuple[Category, ...]:
        """Categories listing ``element`` or one of its ancestors (a parent covers children)."""
        return tuple(c for c in self.categories.values() if covers_any(c.elements, element))

    def purposes_for(self, category: str) -> tuple[Purpose, ...]:
        """Controller purposes that name ``category``."""
        return tuple(p for p in self.purposes.values() if category in p.categories)

    def processor_activities_for(self, category: str) -> tuple[ProcessorActivity, ...]:
        return tuple(a for a in self.processor.values() if category in a.categories)


def covers(parent: str, key: str) -> bool:
    """True if taxonomy key ``parent`` is ``key`` or one of its ancestors."""
    return key == parent or key.startswith(parent + ".")


def covers_any(parents: tuple[str, ...], key: str) -> bool:
    return any(covers(p, key) for p in parents)

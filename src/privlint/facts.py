"""Facts: what the analysis extracts from one source file.

Facts are the seam between syntax and policy. Extractors turn Python source into these plain,
picklable values (no AST objects); classification and checks read only Facts, the Catalog and
the Manifest. Facts depend on the file's bytes and the catalog only, never on the manifest, so
they can be cached by content hash and computed in worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import TypeVar

_T = TypeVar("_T", bound=type)


def _compact(cls: _T) -> _T:
    """Pickle as ``cls(*values)``: about twice as fast as the slots-dataclass default, which
    matters because facts cross process boundaries and fill the cache by the hundred thousand.
    """
    names = [f.name for f in fields(cls)]
    values = attrgetter(*names)  # a tuple of every field in one C call (one name: the value)

    def __reduce__(self: object) -> tuple[type, tuple[object, ...]]:
        found = values(self)
        return (cls, found if len(names) > 1 else (found,))

    cls.__reduce__ = __reduce__  # type: ignore[method-assign]
    return cls


@_compact
@dataclass(frozen=True, slots=True)
class Span:
    """A source range; lines are 1-based, columns 1-based (as editors and SARIF count)."""

    line: int
    column: int
    end_line: int
    end_column: int


@_compact
@dataclass(frozen=True, slots=True)
class InlineAnnotation:
    """A trailing ``# privlint: element=... category=...`` or ``# privlint: not-personal``."""

    element: str | None = None
    category: str | None = None
    not_personal: bool = False


@_compact
@dataclass(frozen=True, slots=True)
class Suppression:
    """``# privlint: ignore[PRV201,PRV202] reason`` on a line (the reason is required)."""

    line: int
    codes: tuple[str, ...]
    reason: str


@_compact
@dataclass(frozen=True, slots=True)
class FieldFact:
    """One named slot that may hold personal data.

    ``kind`` is ``"field"`` for class-level declarations (model columns, schema fields,
    dataclass attributes, TypedDict keys), ``"parameter"`` for function parameters and
    ``"dict_key"`` for keys of module-level dict literals. Only ``"field"`` facts are
    declarations the manifest must cover; the others feed the inventory.
    """

    name: str
    symbol: str
    kind: str
    framework: str
    span: Span
    owner: str | None = None
    owner_bases: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    related: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    inline: InlineAnnotation | None = None


@_compact
@dataclass(frozen=True, slots=True)
class ClassFact:
    """A class an extractor recognised (model, schema, form ...), for class-level bindings."""

    name: str
    symbol: str
    framework: str
    bases: tuple[str, ...]
    span: Span
    inline: InlineAnnotation | None = None


@_compact
@dataclass(frozen=True, slots=True)
class ParseProblem:
    """Why a file could not be analysed (reported as PRV000)."""

    message: str
    span: Span


# ---- flow facts (issue 4: sinks, taint, guards) --------------------------------------------


@_compact
@dataclass(frozen=True, slots=True)
class ValueSource:
    """Something that flows into a call argument: ``customer.email``, a parameter, request data.

    ``name`` is the leaf identifier used for classification (``email``); ``owner`` is the object
    it was read from (``customer``), which gives person-object context; ``kind`` is one of
    ``attribute``, ``name``, ``parameter``, ``subscript``, ``request``, ``key`` (a dict key or
    keyword naming an otherwise opaque value: ``{"email": addr}``). ``line`` is where the value
    was read (0 if unknown), so a finding can say where the data came from.
    """

    kind: str
    text: str
    name: str
    owner: str | None = None
    request_part: str | None = None
    line: int = 0


@_compact
@dataclass(frozen=True, slots=True)
class ArgumentFact:
    """One argument of a call: where it sits and what flows into it.

    ``literal`` is the value of a constant argument (numbers as decimal text, constant products
    and ``timedelta(...)`` folded to seconds); ``literal_prefix`` the constant start of an
    f-string or concatenation (``http://x/``); ``strings`` the string constants inside the
    argument (dict keys, header names), used to recognise marketing markers.
    """

    position: int | None
    keyword: str | None
    sources: tuple[ValueSource, ...] = ()
    literal: str | None = None
    literal_prefix: str | None = None
    strings: tuple[str, ...] = ()


@_compact
@dataclass(frozen=True, slots=True)
class CallFact:
    """A call, with its callee resolved through the file's imports where possible.

    A call on an object built by a factory names the factory: ``logging.getLogger().info``,
    ``httpx.Client().post``; ``receiver_args`` are that factory call's arguments (an SMTP
    host, a ``base_url``, a ``region_name``). ``raised`` marks ``raise X(...)``; ``in_loop``
    a call inside a ``for``/``while`` loop or comprehension (bulk sends). ``stored_in`` is
    the attribute the call's result is stored in (``User._password`` for
    ``self._password = generate_password_hash(raw)`` in class ``User``, ``user.password`` for
    ``user.password = hash_password(raw)``): a column that only ever receives a hash.
    """

    callee: str
    span: Span
    function: str | None = None
    receiver: str | None = None
    args: tuple[ArgumentFact, ...] = ()
    receiver_args: tuple[ArgumentFact, ...] = ()
    raised: bool = False
    in_loop: bool = False
    stored_in: str | None = None


@_compact
@dataclass(frozen=True, slots=True)
class ImportFact:
    """``import x.y`` or ``from x import y``: the imported module path (absolute)."""

    module: str
    names: tuple[str, ...]
    span: Span


@_compact
@dataclass(frozen=True, slots=True)
class FunctionFact:
    """A function or method: what it calls and which fields it filters on (guards, purges).

    ``filters`` are field paths used in query filters (``opted_out_at`` from
    ``.filter(opted_out_at__isnull=True)``, ``models.Subscription.opted_out_at`` from
    ``where(Subscription.opted_out_at.is_(None))``) or tested in conditions;
    ``references`` the qualified names the body mentions (model classes, helpers).
    """

    symbol: str
    span: Span
    calls: tuple[str, ...] = ()
    filters: tuple[str, ...] = ()
    decorators: tuple[str, ...] = ()
    parameters: tuple[str, ...] = ()
    references: tuple[str, ...] = ()


@_compact
@dataclass(frozen=True, slots=True)
class FileFacts:
    """Everything privlint knows about one file after analysis."""

    path: str
    module: str
    digest: str
    fields: tuple[FieldFact, ...] = ()
    classes: tuple[ClassFact, ...] = ()
    suppressions: tuple[Suppression, ...] = ()
    problems: tuple[ParseProblem, ...] = ()
    calls: tuple[CallFact, ...] = ()
    imports: tuple[ImportFact, ...] = ()
    functions: tuple[FunctionFact, ...] = ()
    extra: tuple[tuple[str, str], ...] = field(default=())

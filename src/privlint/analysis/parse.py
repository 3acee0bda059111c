"""From a file's bytes to FileFacts: decode, parse once, run every extractor, never raise.

Bad input is data, not an exception: undecodable bytes, syntax errors, empty files, unreadable
files and failing extractors become ``FileFacts.problems`` (reported as PRV000), so one bad
file never loses the rest of a run.
"""

from __future__ import annotations

import ast
import dataclasses
import hashlib
import io
import tokenize
from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from pathlib import Path

from privlint.analysis.directives import comments_of, parse_directives
from privlint.analysis.module import Extractor, ModuleInfo
from privlint.facts import (
    CallFact,
    ClassFact,
    FieldFact,
    FileFacts,
    FunctionFact,
    ImportFact,
    ParseProblem,
    Span,
)

EMPTY_FILE_MESSAGE = "empty file, nothing to analyse"
_START = Span(1, 1, 1, 1)


# ---- module names ------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def _is_package(directory: Path) -> bool:
    return directory.name.isidentifier() and (directory / "__init__.py").is_file()


def module_name_for(path: Path) -> str:
    """Dotted module name: the file's stem, prefixed by every enclosing package directory."""
    path = Path(path).absolute()
    parts = [] if path.stem == "__init__" else [path.stem]
    directory = path.parent
    while directory != directory.parent and _is_package(directory):
        parts.append(directory.name)
        directory = directory.parent
    if not parts:  # a top-level __init__.py outside any package
        parts.append(path.parent.name or path.stem)
    return ".".join(reversed(parts))


def import_root(path: Path) -> Path:
    """The folder a file's top-level package sits in (``src/`` for ``src/app/models.py``).

    Classes elsewhere under it give the file's fields their context (``client_id`` refers to
    the ``Client`` of ``people.py``): ``explain`` and a check of single files read it all.
    """
    folder = path.resolve().parent
    while folder != folder.parent and _is_package(folder):
        folder = folder.parent
    return folder


# ---- building a ModuleInfo ---------------------------------------------------------------------


class LazyComments(Mapping[int, str]):
    """line -> comment text (without ``#``), tokenized only when someone first asks."""

    def __init__(self, source: str) -> None:
        self._source = source
        self._data: dict[int, str] | None = None

    def _load(self) -> dict[int, str]:
        if self._data is None:
            self._data = {line: text[1:] for line, (_, text) in comments_of(self._source).items()}
        return self._data

    def __getitem__(self, line: int) -> str:
        return self._load()[line]

    def __iter__(self) -> Iterator[int]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _package_of(module: str, is_package: bool) -> list[str]:
    parts = module.split(".") if module else []
    return parts if is_package else parts[:-1]


def _import_nodes(body: list[ast.stmt], depth: int = 0) -> Iterator[tuple[int, ast.stmt]]:
    """Import statements, module level first-class (depth 0), then nested ones."""
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield depth, node
        elif isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            yield from _import_nodes(node.body, depth + 1)
        elif isinstance(node, ast.If | ast.Try | ast.With | ast.For | ast.While):
            inner = depth if isinstance(node, ast.If | ast.Try | ast.With) else depth + 1
            for block in _blocks(node):
                yield from _import_nodes(block, inner)


def _blocks(node: ast.stmt) -> Iterator[list[ast.stmt]]:
    yield node.body  # type: ignore[attr-defined]
    yield getattr(node, "orelse", [])
    for handler in getattr(node, "handlers", []):
        yield handler.body
    yield getattr(node, "finalbody", [])


def resolve_from(module: str, is_package: bool, level: int, target: str | None) -> str:
    """The absolute module a ``from <dots><target> import`` refers to."""
    if not level:
        return target or ""
    package = _package_of(module, is_package)
    up = level - 1
    package = package[: len(package) - up] if up <= len(package) else []
    return ".".join([*package, *([target] if target else [])])


def import_map(tree: ast.Module, module: str, is_package: bool) -> dict[str, str]:
    """local name -> dotted name; module-level bindings win over ones inside functions."""
    found: dict[str, str] = {}
    nested: dict[str, str] = {}
    for depth, node in _import_nodes(tree.body):
        target = found if depth == 0 else nested
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname:
                    target[alias.asname] = alias.name
                else:
                    head = alias.name.partition(".")[0]
                    target.setdefault(head, head)
        else:
            assert isinstance(node, ast.ImportFrom)
            base = resolve_from(module, is_package, node.level, node.module)
            for alias in node.names:
                if alias.name != "*":
                    name = f"{base}.{alias.name}" if base else alias.name
                    target[alias.asname or alias.name] = name
    for name, dotted in nested.items():
        found.setdefault(name, dotted)
    return found


def build_module(source: str, path: str, module: str) -> ModuleInfo:
    """Parse ``source`` once and index it (raises SyntaxError/ValueError on bad source)."""
    tree = ast.parse(source, filename=path)
    is_package = Path(path).name == "__init__.py"
    return ModuleInfo(
        path=path,
        module=module,
        source=source,
        tree=tree,
        imports=import_map(tree, module, is_package),
        comments=LazyComments(source),
    )


# ---- decoding and analysis ---------------------------------------------------------------------


def _offset_span(data: bytes, offset: int, encoding: str) -> Span:
    """Line and (character) column of byte ``offset``."""
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[start:offset].decode(encoding, errors="replace")) + 1
    return Span(line, column, line, column + 1)


def decode(data: bytes) -> tuple[str | None, ParseProblem | None]:
    """Bytes -> text, honouring a BOM and a PEP 263 coding cookie."""
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        try:  # a bad byte in the first two lines reads as a missing coding declaration
            data.decode("utf-8")
        except UnicodeDecodeError as bad:
            return None, _not_valid(data, bad, "utf-8")
        line = exc.lineno or 1
        return None, ParseProblem(f"cannot decode: {exc.msg}", Span(line, 1, line, 1))
    try:
        return data.decode(encoding), None
    except UnicodeDecodeError as exc:
        return None, _not_valid(data, exc, encoding)
    except LookupError:  # pragma: no cover - detect_encoding validates the name
        return None, ParseProblem(f"unknown encoding {encoding!r}", _START)


def _not_valid(data: bytes, exc: UnicodeDecodeError, encoding: str) -> ParseProblem:
    name = "UTF-8" if encoding.startswith("utf-8") else encoding
    byte = data[exc.start : exc.start + 1].hex()
    message = f"not valid {name}: byte 0x{byte} at offset {exc.start} ({exc.reason})"
    return ParseProblem(message, _offset_span(data, exc.start, encoding))


def _syntax_problem(exc: SyntaxError) -> ParseProblem:
    line = exc.lineno or 1
    column = exc.offset or 1
    end_line = exc.end_lineno or line
    end_column = exc.end_offset if exc.end_offset and end_line >= line else column
    kind = type(exc).__name__
    return ParseProblem(f"{kind}: {exc.msg}", Span(line, column, end_line, max(end_column, column)))


def _facts(path: str, module: str, digest: str, **kw: object) -> FileFacts:
    return FileFacts(path=path, module=module, digest=digest, **kw)  # type: ignore[arg-type]


def analyse_source(
    data: bytes,
    path: str,
    module: str,
    extractors: Sequence[Extractor],
    *,
    read_error: str | None = None,
) -> FileFacts:
    """All facts for one file's bytes; problems instead of exceptions."""
    digest = hashlib.sha256(data).hexdigest()
    if read_error is not None:
        problem = ParseProblem(f"cannot read: {read_error}", _START)
        return _facts(path, module, "", problems=(problem,))
    source, problem = decode(data)
    if source is None:
        return _facts(path, module, digest, problems=(problem,))
    if not source.strip():  # also a file holding only a BOM
        if Path(path).name == "__init__.py":
            return _facts(path, module, digest)
        return _facts(path, module, digest, problems=(ParseProblem(EMPTY_FILE_MESSAGE, _START),))
    try:
        info = build_module(source, path, module)
    except SyntaxError as exc:
        return _facts(path, module, digest, problems=(_syntax_problem(exc),))
    except (ValueError, RecursionError, MemoryError) as exc:
        reason = str(exc) or type(exc).__name__
        problem = ParseProblem(f"cannot parse: {reason}", _START)
        return _facts(path, module, digest, problems=(problem,))
    directives = parse_directives(source)
    info.annotations = directives.annotations
    return _run(info, digest, extractors, directives.suppressions, list(directives.problems))


_BUCKETS: dict[type, str] = {
    FieldFact: "fields",
    ClassFact: "classes",
    CallFact: "calls",
    ImportFact: "imports",
    FunctionFact: "functions",
}


def _run(
    info: ModuleInfo,
    digest: str,
    extractors: Sequence[Extractor],
    suppressions: tuple,
    problems: list[ParseProblem],
) -> FileFacts:
    buckets: dict[str, list] = {name: [] for name in _BUCKETS.values()}
    for extractor in extractors:
        name = getattr(extractor, "name", type(extractor).__name__)
        try:
            produced = list(extractor.extract(info))
        except Exception as exc:  # one broken extractor must not lose the file
            problems.append(ParseProblem(f"extractor {name!r} failed: {exc!r}", _START))
            continue
        for fact in produced:
            bucket = _BUCKETS.get(type(fact))
            if bucket is None:
                kind = type(fact).__name__
                problems.append(ParseProblem(f"extractor {name!r} produced a {kind}", _START))
                break
            buckets[bucket].append(fact)
    if extractors:
        problems.extend(_stray_annotations(info))
    if not info.source.isascii():
        buckets = {name: _character_columns(facts, info.source) for name, facts in buckets.items()}
    sorted_buckets = {name: tuple(_ordered(facts)) for name, facts in buckets.items()}
    return _facts(
        info.path,
        info.module,
        digest,
        suppressions=suppressions,
        problems=tuple(problems),
        **sorted_buckets,
    )


def _character_columns(facts: list, source: str) -> list:
    """``ast`` columns count UTF-8 bytes; reports (and SARIF's ``unicodeCodePoints``) count
    characters. Re-express every fact's span in characters on lines that are not ASCII."""
    lines = source.splitlines()

    def column(line: int, byte_column: int) -> int:
        text = lines[line - 1] if 0 < line <= len(lines) else ""
        if text.isascii():
            return byte_column
        prefix = text.encode("utf-8")[: max(byte_column - 1, 0)]
        return len(prefix.decode("utf-8", errors="replace")) + 1

    out = []
    for fact in facts:
        span = getattr(fact, "span", None)
        if isinstance(span, Span):
            moved = Span(
                span.line,
                column(span.line, span.column),
                span.end_line,
                column(span.end_line, span.end_column),
            )
            fact = dataclasses.replace(fact, span=moved) if moved != span else fact
        out.append(fact)
    return out


def _ordered(facts: list) -> list:
    unique = list(dict.fromkeys(facts))
    unique.sort(key=lambda f: (f.span.line, f.span.column))
    return unique


def _stray_annotations(info: ModuleInfo) -> list[ParseProblem]:
    used = info.cache.get("inline_used", set())
    return [
        ParseProblem(
            "privlint annotation is not on the line of a field, parameter or class; "
            "it applies to nothing",
            Span(line, 1, line, 1),
        )
        for line in sorted(set(info.annotations) - used)
    ]


def analyse_file(path: Path, display: str, extractors: Sequence[Extractor]) -> FileFacts:
    """Read and analyse one file; an unreadable file becomes a problem, not an exception."""
    module = module_name_for(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        return analyse_source(b"", display, module, extractors, read_error=exc.strerror or str(exc))
    return analyse_source(data, display, module, extractors)

"""The run: files -> facts (parallel, cached) -> classification -> checks -> findings.

Facts depend on a file's bytes and the catalog only, so they are cached by content hash and
computed in worker processes; checks read the manifest and run in the parent every time (they
are cheap), so editing privacy.toml never forces a re-parse.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from privlint import __version__
from privlint.catalog import Catalog, load_catalog
from privlint.checks.base import CheckContext, ClassifiedField, Rule
from privlint.config import Config
from privlint.facts import FileFacts
from privlint.findings import Finding, Severity
from privlint.plugins import Registry, registry

if TYPE_CHECKING:  # a warm run answered from the cache needs neither
    from privlint.manifest.model import Manifest


def _facts_schema() -> str:
    """A digest of the Facts classes' shape, so a changed schema never reads stale pickles."""
    import dataclasses

    from privlint import facts as module

    shape = [
        (name, [(f.name, str(f.type)) for f in dataclasses.fields(cls)])
        for name, cls in sorted(vars(module).items())
        if dataclasses.is_dataclass(cls) and isinstance(cls, type)
    ]
    return hashlib.sha256(repr(shape).encode()).hexdigest()[:12]


def _code_digest() -> str:
    """A digest of privlint's own code, so an edited extractor or classifier in a development
    install never reads what its old version cached (a release changes ``__version__``)."""
    h = hashlib.sha256()
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


FACTS_SCHEMA = _facts_schema()
PARALLEL_THRESHOLD = 48
CHUNK_SIZE = 32


class UsageError(Exception):
    """Bad arguments or configuration: reported as ``privlint: error: ...`` with exit code 2."""


@dataclass(frozen=True)
class RunResult:
    """Everything one run produced. ``errors`` are problems that make the exit code 2."""

    findings: tuple[Finding, ...]
    files: tuple[FileFacts, ...]
    fields: tuple[ClassifiedField, ...]
    manifest: Manifest | None
    manifest_path: str | None
    rules: dict[str, Rule]
    suppressed: int = 0
    errors: tuple[str, ...] = ()
    cached: int = 0
    file_count: int = 0
    context: tuple[FileFacts, ...] = ()
    baselined: int = 0  # findings left out because the baseline holds them
    stale_baseline: int = 0  # baseline entries that matched no finding


def display_path(path: Path, cwd: Path | None = None) -> str:
    """Paths in output are relative to the working directory (absolute if elsewhere).

    ``cwd``: the resolved working directory, given when ``path`` is already resolved (as
    discovered files are), so a run over thousands of files resolves nothing twice."""
    if cwd is None:
        cwd, path = Path.cwd().resolve(), path.resolve()
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        return os.path.relpath(path, cwd).replace(os.sep, "/")


# ---- file discovery --------------------------------------------------------------------------


def context_for(files: Sequence[Path], config: Config) -> list[Path]:
    """The folders whose classes give ``files`` their context: each file's import root (the
    folder its top-level package sits in), never above the project root, and nothing for a
    file outside the project (a stray script in a home folder does not pull in the folder)."""
    from privlint.analysis.parse import import_root

    root = config.resolved_root
    folders: dict[Path, None] = {}
    for path in files:
        folder = import_root(path)
        if folder == root or root in folder.parents:
            folders[folder] = None
        elif root in path.resolve().parents:
            folders[root] = None  # the package starts above the project root: read the project
    return list(folders)


def discover(paths: Sequence[Path], config: Config) -> tuple[list[Path], list[str]]:
    """Python files under ``paths`` minus excludes; missing paths become errors, not crashes."""
    found: dict[Path, None] = {}
    errors: list[str] = []
    for path in paths:
        if not path.exists():
            errors.append(f"path '{path}' does not exist")
            continue
        if path.is_file():
            found[path.resolve()] = None  # named explicitly: checked whatever the globs say
            continue
        # os.walk with pruning: an excluded folder (.venv, node_modules) is never entered.
        for folder, dirs, names in os.walk(path.resolve()):
            rel = config.relative_folder(folder)
            at = f"{rel}/" if rel else ""
            dirs[:] = sorted(d for d in dirs if not config.excludes(f"{at}{d}/_"))
            for name in sorted(names):
                if not name.endswith(".py") or config.excludes(at + name):
                    continue
                candidate = Path(folder, name)
                if config.includes(at + name) and candidate.is_file():
                    found[candidate] = None
    return sorted(found), errors


# ---- analysis (worker side) -------------------------------------------------------------------

_WORKER_EXTRACTORS: tuple = ()
_WORKER_CACHE: FactCache | None = None


#: The collector's thresholds during a run (CPython's default is 700, 10, 10). A run builds
#: hundreds of thousands of AST nodes and facts that live until their file or the run is done,
#: few of them in reference cycles; with the defaults the collector rescans them so often
#: that it cost a quarter of a cold run on the reference corpus. Peak memory stays the same.
GC_THRESHOLDS = (10_000, 50, 100)


def _fewer_collections() -> None:
    gc.set_threshold(*map(max, gc.get_threshold(), GC_THRESHOLDS))


@contextmanager
def rarer_collections() -> Iterator[None]:
    """Collect cyclic garbage less often for the duration of a run, then restore the settings."""
    before = gc.get_threshold()
    _fewer_collections()
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _init_worker(folder: Path | None, salt: str) -> None:
    global _WORKER_EXTRACTORS, _WORKER_CACHE
    _fewer_collections()
    _WORKER_EXTRACTORS = registry().extractors
    _WORKER_CACHE = FactCache(folder, salt)


def _analyse_chunk(items: list[tuple[str, str, str, bytes]]) -> list[bytes]:
    """Parse a chunk in a worker and write its cache entries there, in parallel.

    Each file's facts are pickled once: the same bytes go to the cache and to the parent
    (pickling was a fifth of a worker's time, and returning objects pickled them again).
    """
    from privlint.analysis.parse import analyse_source

    out = []
    for key, display, module, data in items:
        facts = analyse_source(data, display, module, _WORKER_EXTRACTORS)
        blob = pickle.dumps(facts, protocol=pickle.HIGHEST_PROTOCOL)
        if _WORKER_CACHE is not None:
            _WORKER_CACHE.put_pickled(key, blob)
        out.append(blob)
    return out


@dataclass(frozen=True)
class Source:
    """One file as read for analysis: its bytes (or why they could not be read) and cache key."""

    display: str
    module: str
    data: bytes
    key: str
    error: str | None = None


class FactCache:
    """Pickles under ``.privlint_cache/``: FileFacts by content, and whole check results.

    File facts are keyed by everything upstream of them (privlint version, Facts schema,
    catalog digest, extractors and plugins, path, module name and content). A whole run's
    result is keyed by every file key plus the manifest's bytes and the settings that shape
    findings, so a run where nothing changed is answered from one file.
    """

    def __init__(self, folder: Path | None, salt: str) -> None:
        self.folder = folder
        self.salt = salt
        self.hits = 0
        self.hit_keys: set[str] = set()
        self._tagged = False

    def key(self, display: str, module: str, data: bytes) -> str:
        h = hashlib.sha256(self.salt.encode())
        h.update(f"\0{display}\0{module}\0".encode())
        h.update(data)
        return h.hexdigest()

    def _target(self, key: str) -> Path | None:
        return None if self.folder is None else self.folder / key[:2] / f"{key}.pickle"

    def load(self, key: str, kind: type) -> object | None:
        target = self._target(key)
        if target is None:
            return None
        try:
            with target.open("rb") as handle:
                value = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            return None
        if not isinstance(value, kind):
            return None
        self.hits += 1
        self.hit_keys.add(key)
        return value

    def get(self, key: str) -> FileFacts | None:
        value = self.load(key, FileFacts)
        return value if isinstance(value, FileFacts) else None

    def put(self, key: str, value: object) -> None:
        if self.folder is not None:
            self.put_pickled(key, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))

    def put_pickled(self, key: str, blob: bytes) -> None:
        """Store a value already pickled (a worker's facts, which also go to the parent)."""
        target = self._target(key)
        if target is None or self.folder is None:
            return
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            tag = self.folder / "CACHEDIR.TAG"
            if not self._tagged and not tag.exists():
                tag.write_text(
                    "Signature: 8a477f597d28d172789f06886806bc55\n"
                    "# This is a privlint cache directory; it can be deleted at any time.\n"
                )
            self._tagged = True
            tmp = target.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(blob)
            tmp.replace(target)
        except OSError:
            pass  # a read-only checkout must not fail the run


def catalog_for(reg: Registry, config: Config) -> Catalog:
    """The built-in data, plugins' packs and the project's ``rule-packs``; a broken pack is a
    usage error (exit 2) that names its file and line."""
    from privlint.catalog.elements import ElementCatalogError
    from privlint.catalog.legal import LegalFactsError
    from privlint.catalog.sinks import SinkCatalogError

    try:
        return load_catalog((*reg.packs, *config.rule_packs))
    except (ElementCatalogError, SinkCatalogError, LegalFactsError) as exc:
        raise UsageError(f"rule pack: {exc}") from exc


def cache_salt(reg: Registry, digest: str) -> str:
    """What every cache key depends on besides a file: privlint's code, its data (``digest``
    of the rule packs' bytes), the extractors and plugins."""
    extractor_names = ",".join(sorted(e.name for e in reg.extractors))
    code = _code_digest()
    return f"{__version__}\0{FACTS_SCHEMA}\0{code}\0{digest}\0{extractor_names}\0{reg.plugins}"


def prepare(files: Sequence[Path], cache: FactCache) -> list[Source]:
    """Read every file once: display path, module name, bytes and cache key. ``files`` are
    resolved paths, as :func:`discover` returns them."""
    from privlint.analysis.parse import module_name_for

    sources: list[Source] = []
    cwd = Path.cwd().resolve()
    for path in files:
        display = display_path(path, cwd)
        module = module_name_for(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            sources.append(Source(display, module, b"", "", error=str(exc)))
            continue
        sources.append(Source(display, module, data, cache.key(display, module, data)))
    return sources


def analyse(
    sources: Sequence[Source],
    reg: Registry,
    cache: FactCache,
    *,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> list[FileFacts]:
    """Facts for every source, from the cache where possible, else parsed (in parallel).

    ``progress(done, total)`` is called as files are parsed (not for cache hits).
    ``meanwhile()`` is the parent's own work (parsing the catalogue): it runs once, while the
    workers parse, or first when there are no workers.
    """
    from privlint.analysis.parse import analyse_source

    results: dict[int, FileFacts] = {}
    todo: list[tuple[int, Source]] = []
    for index, source in enumerate(sources):
        if source.error is not None:
            results[index] = analyse_source(
                b"", source.display, source.module, (), read_error=source.error
            )
            continue
        hit = cache.get(source.key)
        if hit is not None:
            results[index] = hit
        else:
            todo.append((index, source))

    workers = jobs if jobs is not None else min(os.cpu_count() or 1, 8)
    if workers > 1 and len(todo) >= PARALLEL_THRESHOLD:
        chunks = [todo[i : i + CHUNK_SIZE] for i in range(0, len(todo), CHUNK_SIZE)]
        payload = [[(s.key, s.display, s.module, s.data) for _, s in chunk] for chunk in chunks]
        from concurrent.futures import ProcessPoolExecutor  # only a cold run needs workers

        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, initargs=(cache.folder, cache.salt)
        ) as pool:
            outs = pool.map(_analyse_chunk, payload)  # submits every chunk now
            if meanwhile is not None:
                try:
                    meanwhile()
                except BaseException:  # a broken rule pack: stop now, not after every file
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
            for chunk, out in zip(chunks, outs, strict=True):
                for (index, _source), blob in zip(chunk, out, strict=True):
                    results[index] = pickle.loads(blob)
                if progress is not None:
                    progress(sum(len(c) for c in chunks[: chunks.index(chunk) + 1]), len(todo))
    else:
        if meanwhile is not None:
            meanwhile()
        for done, (index, source) in enumerate(todo, start=1):
            facts = analyse_source(source.data, source.display, source.module, reg.extractors)
            results[index] = facts
            cache.put(source.key, facts)
            if progress is not None and (done % 25 == 0 or done == len(todo)):
                progress(done, len(todo))
    return [results[i] for i in range(len(sources))]


def run_key(
    cache: FactCache,
    sources: Sequence[Source],
    manifest_file: Path,
    settings: tuple[object, ...],
) -> str:
    """One key for a whole check: every file, the manifest's bytes, and the settings."""
    h = hashlib.sha256(f"run\0{cache.salt}\0{settings!r}\0".encode())
    try:
        h.update(manifest_file.read_bytes())
    except OSError:
        h.update(b"<no manifest>")
    for source in sources:
        h.update(f"\0{source.display}\0{source.key}\0{source.error}".encode())
    return "run-" + h.hexdigest()


# ---- selection and suppression ----------------------------------------------------------------


def validate_codes(codes: Iterable[str], rules: dict[str, Rule], what: str) -> None:
    """Unknown codes or prefixes are a usage error, never silently ignored."""
    for code in codes:
        if code == "ALL":
            continue
        if not any(known.startswith(code) for known in rules):
            import difflib

            near = difflib.get_close_matches(code, list(rules), n=1)
            hint = f"; did you mean {near[0]}?" if near else ""
            raise UsageError(f"unknown rule code '{code}' in {what}{hint} (see `privlint rules`)")


def is_selected(code: str, select: Sequence[str], ignore: Sequence[str]) -> bool:
    """flake8/ruff semantics: the longest matching prefix decides; no select means all."""

    def best(prefixes: Sequence[str]) -> int:
        lengths = [
            len(p) if p != "ALL" else 0 for p in prefixes if p == "ALL" or code.startswith(p)
        ]
        return max(lengths) if lengths else -1

    chosen = best(select) if select else 0
    ignored = best(ignore)
    return chosen >= 0 and chosen >= ignored if ignored >= 0 else chosen >= 0


def apply_suppressions(
    findings: Iterable[Finding], files: Sequence[FileFacts]
) -> tuple[list[Finding], int]:
    """Drop findings on a line that carries ``# privlint: ignore[CODE] reason``."""
    by_path: dict[str, dict[int, set[str]]] = {}
    for facts in files:
        for sup in facts.suppressions:
            if sup.reason.strip():
                by_path.setdefault(facts.path, {}).setdefault(sup.line, set()).update(sup.codes)
    kept: list[Finding] = []
    dropped = 0
    for finding in findings:
        lines = by_path.get(finding.path, {})
        codes = set()
        for line in range(finding.span.line, finding.span.end_line + 1):
            codes |= lines.get(line, set())
        if any(finding.code.startswith(c) for c in codes):
            dropped += 1
        else:
            kept.append(finding)
    return kept, dropped


def covers_project(paths: Sequence[Path], config: Config) -> bool:
    """Whether the run reads the whole project (the root or a folder above it)."""
    root = config.resolved_root
    for path in paths:
        resolved = path.resolve()
        if resolved == root or resolved in root.parents:
            return True
    return False


def dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Sorted findings, one per (code, place, element, category): the same fact reached twice
    (``customer.email`` and the ``"email"`` key it sits under) is reported once."""
    seen: set[tuple[object, ...]] = set()
    out: list[Finding] = []
    for finding in sorted(findings, key=Finding.sort_key):
        key = (finding.code, finding.path, finding.span, finding.element, finding.category)
        if key not in seen:
            seen.add(key)
            out.append(finding)
    return out


# ---- the whole run ---------------------------------------------------------------------------


@rarer_collections()
def run(
    paths: Sequence[Path],
    config: Config,
    *,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    jobs: int | None = None,
    use_cache: bool = True,
    require_manifest: bool = True,
    field_kinds: frozenset[str] | None = frozenset({"field"}),
    cache_dir: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    context: Sequence[Path] = (),
) -> RunResult:
    """Check ``paths`` against the configured manifest; never raises for bad user input.

    ``field_kinds`` limits which extracted fields are classified: a check needs class-level
    declarations only (flow checks classify what reaches a sink themselves), the inventory and
    ``explain`` pass None for parameters and dict keys too.

    ``context``: more files or folders read only for what their classes say about the fields of
    ``paths`` (``client_id`` and the project's ``Client``); nothing in them is reported. A
    pre-commit run given a few files then classifies them as a run over the project would.
    """
    from privlint.manifest import load_manifest

    reg = registry()
    select = tuple(select) if select is not None else config.select
    ignore = tuple(ignore) if ignore is not None else config.ignore
    validate_codes(select, reg.rules, "--select")
    validate_codes(ignore, reg.rules, "--ignore")

    errors: list[str] = []
    manifest_file = config.manifest_path()
    if not manifest_file.is_file() and require_manifest:
        state = "is not a file" if manifest_file.exists() else "not found"
        errors.append(
            f"manifest '{display_path(manifest_file)}' {state} (give --manifest FILE, set "
            "[tool.privlint] manifest in pyproject.toml, or create privacy.toml)"
        )

    from privlint.catalog import catalog_digest

    try:
        digest = catalog_digest((*reg.packs, *config.rule_packs))
    except OSError as exc:
        raise UsageError(f"rule pack: {exc}") from exc
    files, path_errors = discover(paths, config)
    errors.extend(path_errors)
    extra: list[Path] = []
    if context:
        wanted = set(files)
        extra = [p for p in discover(context, config)[0] if p not in wanted]
    folder = (cache_dir or config.root / ".privlint_cache") if use_cache else None
    cache = FactCache(folder, cache_salt(reg, digest))
    sources = prepare(files, cache)
    context_sources = prepare(extra, cache)

    whole_run: str | None = None
    if folder is not None and not errors and field_kinds == frozenset({"field"}):
        settings = (select, ignore, sorted(config.options.items()), display_path(manifest_file))
        whole_run = run_key(cache, [*sources, *context_sources], manifest_file, settings)
        hit = cache.load(whole_run, RunResult)
        if isinstance(hit, RunResult):
            return replace(hit, cached=len(sources), rules=reg.rules)

    # The catalogue and the manifest are read only now (a warm whole-run hit needs neither),
    # by the parent while its workers parse the files.
    catalogs: list[Catalog] = []
    manifest: Manifest | None = None
    manifest_display: str | None = None
    findings: list[Finding] = []

    def read_rules() -> None:
        nonlocal manifest, manifest_display
        from privlint.classify.patterns import prepare

        catalogs.append(catalog_for(reg, config))
        prepare(catalogs[0].elements)
        if manifest_file.is_file():
            manifest_display = display_path(manifest_file)
            loaded = load_manifest(manifest_file, manifest_display)
            manifest = loaded.manifest
            findings.extend(loaded.findings)

    analysed = analyse(
        [*sources, *context_sources],
        reg,
        cache,
        jobs=jobs,
        progress=progress,
        meanwhile=read_rules,
    )
    from privlint.analysis.inherited import add_inherited_fields
    from privlint.analysis.meta_models import lend_model_fields

    catalog = catalogs[0]
    inherited = catalog.elements.vocabulary.inherited_fields
    analysed = lend_model_fields(add_inherited_fields(analysed, inherited))
    facts, context_facts = analysed[: len(sources)], analysed[len(sources) :]
    hits = sum(source.key in cache.hit_keys for source in sources)  # not the context's
    from privlint.resolve import resolve_fields

    fields = resolve_fields([*facts, *context_facts], manifest, catalog, field_kinds)
    if context_facts:
        reported = {f.path for f in facts}
        fields = [item for item in fields if item.path in reported]

    if manifest is not None:
        context = CheckContext(
            manifest=manifest,
            manifest_path=manifest_display or "privacy.toml",
            catalog=catalog,
            config=config,
            files=tuple(facts),
            fields=tuple(fields),
            options=dict(config.options),
            whole_project=covers_project(paths, config),
        )
        for check in reg.checks:
            if not any(is_selected(c, select, ignore) for c in check.codes):
                continue
            try:
                findings.extend(check.run(context))
            except Exception as exc:  # one broken check must not lose the others' results
                errors.append(
                    f"internal error in check '{check.name}': {type(exc).__name__}: {exc}"
                )
                if os.environ.get("PRIVLINT_DEBUG"):
                    raise
    else:
        from privlint.checks.parse_errors import parse_problem_findings

        findings.extend(parse_problem_findings(facts))

    findings = [f for f in findings if is_selected(f.code, select, ignore)]
    findings, suppressed = apply_suppressions(findings, facts)
    findings = dedupe(findings)
    result = RunResult(
        findings=tuple(findings),
        files=tuple(facts),
        fields=tuple(fields),
        manifest=manifest,
        manifest_path=manifest_display,
        rules=reg.rules,
        suppressed=suppressed,
        errors=tuple(errors),
        cached=hits,
        file_count=len(facts),
        context=tuple(context_facts),
    )
    if whole_run is not None and not errors:
        cache.put(whole_run, replace(result, files=(), fields=(), manifest=None, context=()))
    return result


def exit_code(result: RunResult, *, exit_zero: bool = False) -> int:
    """0 clean, 1 findings (errors or warnings; notes never fail a run), 2 run errors."""
    if result.errors:
        return 2
    if exit_zero:
        return 0
    failing = [f for f in result.findings if f.severity is not Severity.NOTE]
    return 1 if failing else 0

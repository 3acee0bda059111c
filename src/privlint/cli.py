"""Command line: argument parsing and exit codes only; the work happens in ``engine``.

Exit codes: 0 clean, 1 findings, 2 usage, configuration or internal error.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

from privlint import __version__
from privlint.config import Config, ConfigError, load_config, split_codes

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

DESCRIPTION = """\
privlint checks Python code against the privacy policy manifest (privacy.toml) kept in the
repository: personal data with no declared category, purpose, legal basis or retention;
personal data written to logs or sent to undeclared recipients and countries; marketing
sends that skip the opt-out check; cookies and retention the code does not honour; and a
manifest that is itself incomplete or invalid. Run `privlint COMMAND --help` for options.
"""

EPILOG = """\
exit codes: 0 clean, 1 findings, 2 usage, configuration or internal error.
configuration: [tool.privlint] in pyproject.toml (manifest, include, exclude, select, ignore).
docs: every rule has a page in rules/docs/PRVxxx.md (`privlint rules --docs PRV101`).
"""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so main(argv) can return an int."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise _UsageExit(f"{self.prog}: error: {message}")


class _UsageExit(Exception):
    pass


def _rule_pack_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rule-pack",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="extra data pack (a folder with elements/, sinks/ or legal/ TOML) that extends "
        "the built-in rules, e.g. your domain's words for personal data; repeatable, added "
        "after [tool.privlint] rule-packs",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="privlint",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"privlint {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks for internal errors")
    sub = parser.add_subparsers(
        dest="command", metavar="COMMAND", title="commands", parser_class=_Parser
    )

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "paths",
            nargs="*",
            type=Path,
            metavar="PATH",
            help="files or folders (default: the project root)",
        )
        p.add_argument(
            "--manifest",
            type=Path,
            metavar="FILE",
            help="privacy.toml to use (default: from config, else the project root's privacy.toml)",
        )
        p.add_argument(
            "--config",
            type=Path,
            metavar="FILE",
            help="pyproject.toml or privlint.toml (default: found upwards from the first PATH)",
        )
        p.add_argument(
            "-o",
            "--output",
            type=Path,
            metavar="FILE",
            help="write the report to FILE instead of standard output",
        )
        p.add_argument(
            "--no-cache", action="store_true", help="do not read or write the parse cache"
        )
        p.add_argument(
            "--cache-dir",
            type=Path,
            metavar="DIR",
            help="where to keep the parse cache (default: .privlint_cache/ at the project root)",
        )
        p.add_argument(
            "-j",
            "--jobs",
            type=_jobs,
            metavar="N",
            help="worker processes for parsing (default: CPU count; 1 = serial)",
        )
        p.add_argument(
            "--color",
            choices=("auto", "always", "never"),
            default="auto",
            help="colour in text output (default: auto, only on a terminal)",
        )
        p.add_argument(
            "--context",
            type=Path,
            action="append",
            metavar="PATH",
            help="also read PATH (file or folder, repeatable) for what its classes say about the "
            "fields checked (a `client_id` and the project's `Client`), reporting nothing from "
            "it. Default when every PATH is a file, as in a pre-commit hook: the folder holding "
            "each file's top-level package, so a few files are judged as in a whole-project run",
        )
        p.add_argument(
            "--no-context",
            action="store_true",
            help="read only the PATHs given, nothing around them",
        )
        _rule_pack_option(p)
        p.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    check = sub.add_parser(
        "check",
        help="lint code and the manifest (the CI and pre-commit command)",
        description="Check PATHs and the manifest; report what the manifest does not cover.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    common(check)
    check.add_argument(
        "--format",
        choices=("text", "json", "sarif", "github"),
        default="text",
        help="report format (default: text); sarif is SARIF 2.1.0 for code scanning, github "
        "prints GitHub Actions annotations",
    )
    check.add_argument(
        "--select",
        action="append",
        metavar="CODES",
        help="only these codes or prefixes, comma separated (e.g. PRV1,PRV201)",
    )
    check.add_argument(
        "--ignore",
        action="append",
        metavar="CODES",
        help="skip these codes or prefixes, comma separated",
    )
    check.add_argument(
        "--exit-zero",
        action="store_true",
        help="exit 0 even when there are findings (errors still exit 2)",
    )
    check.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="print every step of each finding's explanation",
    )
    accepted = check.add_mutually_exclusive_group()
    accepted.add_argument(
        "--baseline",
        type=Path,
        metavar="FILE",
        help="leave out the findings recorded in FILE (by rule, file and the text of the line); "
        "report only new ones (default: [tool.privlint] baseline, if set)",
    )
    accepted.add_argument(
        "--write-baseline",
        type=Path,
        metavar="FILE",
        help="record every current finding in FILE and exit 0: adopt privlint on existing "
        "code, then run with --baseline FILE",
    )

    inv = sub.add_parser(
        "inventory",
        help="list every personal-data field found, manifest or not",
        description=(
            "List every personal-data field, parameter and dict key found, "
            "whether or not the manifest covers it."
        ),
    )
    common(inv)
    inv.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="report format (default: text)",
    )
    inv.add_argument(
        "--review",
        action="store_true",
        help="also list fields to review: value fields of records about a person (a person's "
        "own record, or one linked to a person) that no catalogue pattern matched. Bind each "
        "one in the manifest, mark it not personal, or add your domain's words to a rule pack",
    )

    exp = sub.add_parser(
        "explain",
        help="say why privlint classified a line the way it did",
        description=(
            "Explain privlint's reasoning for the fields and findings at PATH:LINE. With "
            "--name instead, classify a bare field name (in class --owner, with --type) "
            "without writing code: a quick way to try a rule pack's patterns."
        ),
    )
    exp.add_argument("location", nargs="?", metavar="PATH:LINE", help="e.g. app/models.py:42")
    exp.add_argument("--name", metavar="FIELD", help="classify this field name instead of a line")
    exp.add_argument("--owner", metavar="CLASS", help="with --name: the class it is declared in")
    exp.add_argument(
        "--type",
        action="append",
        default=[],
        metavar="TYPE",
        help="with --name: its type or field class (repeatable), e.g. EmailField, str",
    )
    exp.add_argument("--manifest", type=Path, metavar="FILE", help="privacy.toml to consult")
    exp.add_argument("--config", type=Path, metavar="FILE", help="configuration file to read")
    exp.add_argument(
        "--context",
        type=Path,
        action="append",
        metavar="PATH",
        help="with PATH:LINE: the files or folders read for what their classes say about the "
        "line's fields, as for `privlint check` (repeatable; default: the folder holding the "
        "file's top-level package, so a `client_id` is judged knowing the project's `Client`)",
    )
    _rule_pack_option(exp)
    exp.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    exp.add_argument("--debug", action="store_true", help=argparse.SUPPRESS)

    rules = sub.add_parser(
        "rules",
        help="list rule codes, names and summaries",
        description="List rule codes, names and one-line summaries.",
    )
    rules.add_argument("--format", choices=("text", "json"), default="text")
    rules.add_argument("--docs", metavar="CODE", help="print the documentation page of one rule")
    return parser


@contextmanager
def _output(target: Path | None):
    if target is None:
        yield sys.stdout
        return
    with target.open("w", encoding="utf-8") as handle:
        yield handle


def _color(choice: str) -> bool | None:
    return {"always": True, "never": False}.get(choice)


def _config_for(args: argparse.Namespace, start: Path) -> Config:
    from privlint.config import check_pack

    config = load_config(start, getattr(args, "config", None))
    if getattr(args, "manifest", None) is not None:
        config = config.with_overrides(manifest=args.manifest)
    packs = getattr(args, "rule_pack", None) or []
    if packs:
        extra = tuple(check_pack(p, "--rule-pack") for p in packs)
        config = config.with_overrides(rule_packs=(*config.rule_packs, *extra))
    return config


def _paths(args: argparse.Namespace, config: Config) -> list[Path]:
    return list(args.paths) if args.paths else [config.root]


def _context(args: argparse.Namespace, config: Config) -> list[Path]:
    """``--context``, else, when only files were named, the folders around their packages."""
    from privlint.engine import context_for

    if args.no_context:
        if args.context:
            raise _UsageExit("privlint: error: --context and --no-context contradict each other")
        return []
    if args.context:
        return _existing_context(args.context, "privlint")
    if not args.paths or not all(p.is_file() for p in args.paths):
        return []
    return context_for(args.paths, config)


def _existing_context(paths: list[Path], command: str) -> list[Path]:
    """``--context`` paths, each checked to exist (a typo is a usage error, not no context)."""
    for path in paths:
        if not path.exists():
            raise _UsageExit(f"{command}: error: --context '{path}' does not exist")
    return list(paths)


def progress_reporter() -> Callable[[int, int], None] | None:
    """A one-line 'parsed N/M files' on standard error, only when it is a terminal."""
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        if total >= 200:
            end = "\n" if done >= total else ""
            print(f"\rprivlint: parsed {done}/{total} files", end=end, file=sys.stderr, flush=True)

    return report


def _baseline_entries(path: Path | None) -> list | None:
    """The baseline's entries, read before the run so that a bad file fails fast (exit 2)."""
    if path is None:
        return None
    from privlint.baseline import BaselineError, load

    try:
        return load(path)
    except BaselineError as exc:
        raise _UsageExit(f"privlint: error: {exc}") from None


def _jobs(text: str) -> int:
    """``-j N``: a whole number of worker processes, at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1 (1 = serial), got {value}")
    return value


def _err(message: str) -> None:
    print(f"privlint: error: {message}", file=sys.stderr)


def cmd_check(args: argparse.Namespace) -> int:
    from privlint.engine import exit_code, run

    start = args.paths[0] if args.paths else Path.cwd()
    config = _config_for(args, start)
    baseline = args.baseline
    if baseline is None and args.write_baseline is None:
        baseline = config.baseline  # [tool.privlint] baseline, unless a flag says otherwise
    entries = _baseline_entries(baseline)
    result = run(
        _paths(args, config),
        config,
        select=split_codes(args.select),
        ignore=split_codes(args.ignore),
        jobs=args.jobs,
        use_cache=not args.no_cache,
        cache_dir=args.cache_dir,
        progress=progress_reporter(),
        context=_context(args, config),
    )
    for error in result.errors:
        _err(error)
    if args.write_baseline is not None:
        from privlint.baseline import write

        count = write(args.write_baseline, result.findings, config.root)
        print(
            f"privlint: wrote {count} finding{'s' * (count != 1)} to {args.write_baseline}; "
            f"run with --baseline {args.write_baseline} to report only new ones",
            file=sys.stderr,
        )
        return exit_code(result, exit_zero=True)
    if entries is not None:
        from dataclasses import replace

        from privlint.baseline import apply

        applied = apply(result.findings, entries, config.root)
        result = replace(
            result,
            findings=applied.findings,
            baselined=applied.baselined,
            stale_baseline=applied.stale,
        )
    with _output(args.output) as stream:
        if args.format == "json":
            from privlint.report import json as json_report

            stream.write(json_report.render(result))
        elif args.format == "github":
            from privlint.report import github as github_report

            stream.write(github_report.render(result))
        elif args.format == "sarif":
            from privlint.report import sarif as sarif_report

            stream.write(sarif_report.render(result, config.root))
        else:
            from privlint.report import text as text_report  # rich: only when it is used

            color = _color(args.color) if args.output is None else False
            text_report.render(result, stream, color=color, verbose=args.verbose)
    return exit_code(result, exit_zero=args.exit_zero)


def cmd_inventory(args: argparse.Namespace) -> int:
    from privlint.engine import run
    from privlint.report import inventory

    start = args.paths[0] if args.paths else Path.cwd()
    config = _config_for(args, start)
    result = run(
        _paths(args, config),
        config,
        jobs=args.jobs,
        use_cache=not args.no_cache,
        cache_dir=args.cache_dir,
        require_manifest=False,
        field_kinds=None,
        context=_context(args, config),
    )
    review = None
    if args.review:
        from privlint.engine import catalog_for
        from privlint.plugins import registry
        from privlint.review import review_candidates

        catalog = catalog_for(registry(), config)
        review = review_candidates(
            result.files, result.fields, catalog, result.manifest, context=result.context
        )
    with _output(args.output) as stream:
        if args.format == "json":
            stream.write(inventory.render_json(result.fields, len(result.files), review))
        elif args.format == "csv":
            stream.write(inventory.render_csv(result.fields, review))
        else:
            color = _color(args.color) if args.output is None else False
            inventory.render_text(result.fields, len(result.files), stream, color, review)
    for error in result.errors:
        _err(error)
    return EXIT_ERROR if result.errors else EXIT_CLEAN


def cmd_explain(args: argparse.Namespace) -> int:
    from privlint.explain import explain, explain_bare_name

    if args.name is not None:
        if args.location is not None:
            raise _UsageExit("privlint explain: error: give PATH:LINE or --name, not both")
        if args.context:
            raise _UsageExit("privlint explain: error: --context goes with PATH:LINE, not --name")
        config = _config_for(args, Path.cwd())
        return explain_bare_name(
            args.name, args.owner, tuple(args.type), config, sys.stdout, color=_color(args.color)
        )
    if args.location is None:
        raise _UsageExit("privlint explain: error: expected PATH:LINE (or --name FIELD)")
    path_text, sep, line_text = args.location.rpartition(":")
    if not sep or not line_text.isdigit():
        raise _UsageExit(f"privlint explain: error: expected PATH:LINE, got '{args.location}'")
    path = Path(path_text)
    if not path.is_file():
        raise _UsageExit(f"privlint explain: error: '{path_text}' is not a file")
    config = _config_for(args, path)
    context = tuple(_existing_context(args.context, "privlint explain")) if args.context else None
    return explain(
        path, int(line_text), config, sys.stdout, color=_color(args.color), context=context
    )


def cmd_rules(args: argparse.Namespace) -> int:
    import json

    from privlint.checks.base import rule_docs_dir
    from privlint.plugins import registry

    rules = registry().rules
    if args.docs:
        code = args.docs.upper()
        page = rule_docs_dir() / f"{code}.md"
        if code not in rules:
            raise _UsageExit(f"privlint rules: error: unknown rule code '{args.docs}'")
        if not page.is_file():
            _err(f"no documentation page for {code}")
            return EXIT_ERROR
        sys.stdout.write(page.read_text(encoding="utf-8"))
        return EXIT_CLEAN
    if args.format == "json":
        doc = [
            {
                "code": r.code,
                "name": r.name,
                "summary": r.summary,
                "severity": r.severity.value,
                "theme": r.theme,
            }
            for r in rules.values()
        ]
        sys.stdout.write(json.dumps(doc, indent=2) + "\n")
        return EXIT_CLEAN
    width = max((len(r.name) for r in rules.values()), default=10)
    for rule in rules.values():
        print(f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary}")
    return EXIT_CLEAN


COMMANDS = {
    "check": cmd_check,
    "inventory": cmd_inventory,
    "explain": cmd_explain,
    "rules": cmd_rules,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run privlint with ``argv`` (default: sys.argv[1:]) and return the exit code."""
    from privlint.engine import UsageError
    from privlint.plugins import PluginError

    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    debug = "--debug" in argv or bool(os.environ.get("PRIVLINT_DEBUG"))
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return COMMANDS[args.command](args)
    except SystemExit as exc:  # --help and --version
        return int(exc.code or 0) if isinstance(exc.code, int) or exc.code is None else EXIT_ERROR
    except _UsageExit as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except (ConfigError, UsageError, PluginError) as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        _err("interrupted")
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_CLEAN
    except Exception as exc:
        if debug:
            raise
        _err(f"internal error: {type(exc).__name__}: {exc} (run with --debug for a traceback)")
        return EXIT_ERROR

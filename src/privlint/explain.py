"""``privlint explain PATH:LINE``: every step of privlint's reasoning about one line.

For each field declared on the line: the normalised words, the catalogue pattern that matched,
the person-object context, the type evidence, the exclusions considered and the binding (if
any); then every finding on the line with the manifest entries it consulted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from rich.markup import escape

from privlint.config import Config
from privlint.report.text import console_for


def explain(
    path: Path,
    line: int,
    config: Config,
    stream: TextIO,
    color: bool | None = None,
    context: tuple[Path, ...] | None = None,
) -> int:
    """Print the explanation; 0 if something was found on the line, 1 if nothing was.

    ``context``: the files read for context (default: :func:`privlint.engine.context_for`).
    """
    from privlint.checks.declarations import describe_chain
    from privlint.classify import explain_field
    from privlint.engine import catalog_for, context_for, run
    from privlint.plugins import registry

    around = context if context is not None else context_for([path], config)
    result = run(
        [path], config, use_cache=False, require_manifest=False, field_kinds=None, context=around
    )
    catalog = catalog_for(registry(), config)
    out = console_for(stream, color)
    project = (*result.files, *result.context)
    facts = result.files[0] if result.files else None
    shown = 0
    if facts is not None:
        from privlint.checks.base import ClassifiedField
        from privlint.record_context import why_dropped
        from privlint.review import review_candidates

        classified = {id(item.fact): item for item in result.fields}
        queued = {
            id(c.fact): c.why
            for c in review_candidates(
                result.files, result.fields, catalog, result.manifest, context=result.context
            )
        }
        for fact in facts.fields:
            if not fact.span.line <= line <= fact.span.end_line:
                continue
            shown += 1
            out.print(
                f"[bold]{escape(fact.symbol)}[/bold]  [dim]{fact.kind}, {fact.framework}"
                f"{', types ' + ', '.join(fact.types) if fact.types else ''}[/dim]"
            )
            item = classified.get(id(fact))
            if item is None:
                out.print("  not personal data")
                if fact.inline and fact.inline.not_personal:
                    out.print(
                        "    [dim]inline:[/dim] marked `# privlint: not-personal` on the line"
                    )
                raw, why_not = explain_field(fact, catalog)
                for label, text in why_not.steps:
                    out.print(f"    [dim]{escape(label)}:[/dim] {escape(text)}")
                veto = None
                if raw is not None:
                    dropped = ClassifiedField(fact=fact, path=facts.path, classification=raw)
                    veto = why_dropped(dropped, project, result.fields, catalog)
                if veto is not None:
                    out.print(f"    [dim]project:[/dim] {escape(veto)}")
                if id(fact) in queued:
                    out.print(
                        f"    [dim]review:[/dim] {escape(queued[id(fact)])}: listed by "
                        "`privlint inventory --review`; bind it in privacy.toml, mark it "
                        "`# privlint: not-personal`, or add the words to a rule pack"
                    )
                continue
            cls = item.classification
            out.print(
                f"  element [cyan]{cls.element}[/cyan] (confidence {cls.confidence:.2f}, "
                f"{cls.sensitivity} sensitivity{', special category' if cls.special else ''}, "
                f"from {cls.source})"
            )
            for label, text in cls.explanation.steps:
                out.print(f"    [dim]{escape(label)}:[/dim] {escape(text)}")
            if result.manifest is not None and fact.kind == "field":
                where = result.manifest_path or "privacy.toml"
                chain = describe_chain(cls.element, cls.category_hint, result.manifest, where)
                for text in chain:
                    out.print(f"    [dim]manifest:[/dim] {escape(text)}")
    on_line = [f for f in result.findings if f.span.line <= line <= f.span.end_line]
    on_line = [f for f in on_line if facts is not None and f.path == facts.path]
    for finding in on_line:
        shown += 1
        out.print(f"[bold red]{finding.code}[/bold red] {escape(finding.message)}")
        for label, text in finding.explanation.steps:
            out.print(f"    [dim]{escape(label)}:[/dim] {escape(text)}")
    if result.manifest_path is None:
        out.print("[dim](no manifest found: manifest entries were not consulted)[/dim]")
    if not shown:
        out.print(f"nothing on line {line} of {escape(str(path))}: no field, no finding")
        return 1
    return 0


def explain_bare_name(
    name: str,
    owner: str | None,
    types: tuple[str, ...],
    config: Config,
    stream: TextIO,
    color: bool | None = None,
) -> int:
    """Classify a field name in a class without any code (no project context, no manifest):
    0 if it is personal data, 1 if not. For trying patterns, built-in or from a rule pack."""
    from privlint.classify import explain_name
    from privlint.engine import catalog_for
    from privlint.plugins import registry

    catalog = catalog_for(registry(), config)
    result, explanation = explain_name(name, catalog.elements, owner=owner, types=types)
    out = console_for(stream, color)
    where = f" in class {owner}" if owner else ""
    typed = f", types {', '.join(types)}" if types else ""
    out.print(f"[bold]{escape(name)}[/bold]{escape(where)}[dim]{escape(typed)}[/dim]")
    if result is None:
        out.print("  not personal data")
    else:
        out.print(
            f"  element [cyan]{result.element}[/cyan] (confidence {result.confidence:.2f}, "
            f"{result.sensitivity} sensitivity{', special category' if result.special else ''})"
        )
    for label, text in explanation.steps:
        out.print(f"    [dim]{escape(label)}:[/dim] {escape(text)}")
    out.print(
        "[dim](a bare name: the project's other classes, links and manifest were not "
        "consulted)[/dim]"
    )
    return 0 if result is not None else 1

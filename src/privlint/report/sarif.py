"""SARIF 2.1.0 output for code scanning (GitHub and other SARIF consumers).

Built with sarif-om's classes and written by :func:`to_json` here: sarif-om's own companion
serializer (jschema-to-python) is a separate, dormant package, and the mapping it performs is
small (attrs field -> its schema property name, values left at their default omitted).

What GitHub needs beyond the schema (see the README's CI section): ``results`` present even when
empty, a rule entry with descriptions and help for every ``ruleId``, repository-relative URIs
under ``%SRCROOT%``, 1-based regions with an exclusive end column, ``automationDetails.id``,
``security-severity`` as a numeric string on security rules only, and at most 25,000 results.
Suppressed and baselined findings are never in the findings rendered, so they never reach SARIF
(code scanning would turn them into open alerts). Each result carries GitHub's own
``primaryLocationLineHash`` (:mod:`privlint.fingerprints`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

import attr
import sarif_om as sarif

from privlint import __version__
from privlint.checks.base import Rule, rule_docs_dir
from privlint.engine import RunResult
from privlint.findings import Finding, Severity
from privlint.fingerprints import line_hashes

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
#: GitHub rejects a run with more results than this.
MAX_RESULTS = 25_000
#: Rules about the security of processing (Art. 32) carry a CVSS-like score; the others a
#: problem severity (GitHub shows one or the other).
SECURITY_SEVERITY = {Severity.ERROR: "7.5", Severity.WARNING: "5.0", Severity.NOTE: "2.0"}
PROBLEM_SEVERITY = {
    Severity.ERROR: "error",
    Severity.WARNING: "warning",
    Severity.NOTE: "recommendation",
}


def render(result: RunResult, root: Path) -> str:
    """The run as a SARIF log; paths under ``root`` become URIs relative to ``%SRCROOT%``."""
    log = to_json(build_log(result, root))
    ordered = {"$schema": log.pop("$schema"), "version": log.pop("version"), **log}
    return json.dumps(ordered, indent=2, ensure_ascii=False) + "\n"


def build_log(result: RunResult, root: Path) -> sarif.SarifLog:
    root = root.resolve()
    rules = [result.rules[code] for code in sorted(result.rules)]
    index = {rule.code: i for i, rule in enumerate(rules)}
    findings = list(result.findings)
    notifications = [
        sarif.Notification(message=sarif.Message(text=error), level="error")
        for error in result.errors
    ]
    if len(findings) > MAX_RESULTS:
        order = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.NOTE: 2}
        findings = sorted(findings, key=lambda f: order[f.severity])[:MAX_RESULTS]
        text = (
            f"{len(result.findings)} findings, more than the {MAX_RESULTS} a SARIF run may "
            "carry on GitHub: only the most severe are included"
        )
        notifications.append(sarif.Notification(message=sarif.Message(text=text)))
    hashes: dict[str, dict[int, str]] = {}
    run = sarif.Run(
        tool=sarif.Tool(
            driver=sarif.ToolComponent(
                name="privlint",
                semantic_version=__version__,
                version=__version__,
                rules=[_descriptor(rule) for rule in rules],
            )
        ),
        automation_details=sarif.RunAutomationDetails(id="privlint/"),
        column_kind="unicodeCodePoints",
        original_uri_base_ids={SRCROOT: sarif.ArtifactLocation(uri=root.as_uri() + "/")},
        invocations=[
            sarif.Invocation(
                execution_successful=not result.errors,
                tool_execution_notifications=notifications or None,
            )
        ],
        results=[_result(f, index, root, _line_hash(f, hashes)) for f in findings],
    )
    return sarif.SarifLog(version="2.1.0", schema_uri=SCHEMA_URI, runs=[run])


def _descriptor(rule: Rule) -> sarif.ReportingDescriptor:
    doc = _doc(rule.code)
    why = _section(doc, "Why")
    security = rule.code.startswith("PRV5")
    tags = ["privacy", rule.theme, "security" if security else ""]
    properties: dict[str, Any] = {"tags": [t for t in dict.fromkeys(tags) if t]}  # unique
    if security:
        properties["security-severity"] = SECURITY_SEVERITY[rule.severity]
    else:
        properties["problem.severity"] = PROBLEM_SEVERITY[rule.severity]
    return sarif.ReportingDescriptor(
        id=rule.code,
        name=rule.name,
        short_description=sarif.MultiformatMessageString(text=rule.summary),
        full_description=sarif.MultiformatMessageString(text=why or rule.summary),
        help=sarif.MultiformatMessageString(
            text=f"{rule.summary} {why}".strip(), markdown=doc or None
        ),
        default_configuration=sarif.ReportingConfiguration(level=rule.severity.value),
        properties=properties,
    )


def _line_hash(finding: Finding, hashes: dict[str, dict[int, str]]) -> str | None:
    """GitHub's ``primaryLocationLineHash`` of the finding's line (each file read once): the
    API upload computes none, and the upload action keeps ours (same algorithm, same value)."""
    if finding.path not in hashes:
        try:
            text = Path(finding.path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = None
        hashes[finding.path] = line_hashes(text) if text is not None else {}
    return hashes[finding.path].get(finding.span.line)


def _result(
    finding: Finding, index: dict[str, int], root: Path, line_hash: str | None
) -> sarif.Result:
    span = finding.span
    region = sarif.Region(
        start_line=max(span.line, 1),
        start_column=max(span.column, 1),
        end_line=max(span.end_line, span.line, 1),
        end_column=max(span.end_column, 1),
    )
    properties: dict[str, Any] = {
        "explanation": [f"{label}: {text}" for label, text in finding.explanation.steps]
    }
    for key in ("element", "category", "symbol"):
        value = getattr(finding, key)
        if value:
            properties[key] = value
    return sarif.Result(
        rule_id=finding.code,
        rule_index=index.get(finding.code, -1),
        level=finding.severity.value,
        message=sarif.Message(text=finding.message),
        locations=[
            sarif.Location(
                physical_location=sarif.PhysicalLocation(
                    artifact_location=artifact(finding.path, root), region=region
                )
            )
        ],
        properties=properties,
        partial_fingerprints={"primaryLocationLineHash": line_hash} if line_hash else None,
    )


def artifact(path: str, root: Path) -> sarif.ArtifactLocation:
    """A repository-relative, percent-encoded POSIX URI under ``%SRCROOT%``; a file outside
    the root keeps an absolute ``file:`` URI (code scanning cannot place it in the repository)."""
    resolved = Path(path).resolve()
    try:
        relative = resolved.relative_to(root)
    except ValueError:
        return sarif.ArtifactLocation(uri=resolved.as_uri())
    return sarif.ArtifactLocation(uri=quote(relative.as_posix()), uri_base_id=SRCROOT)


def _doc(code: str) -> str:
    try:
        return (rule_docs_dir() / f"{code}.md").read_text(encoding="utf-8").strip()
    except OSError:  # a plugin's rule without a page
        return ""


def _section(doc: str, title: str) -> str:
    """The text of the ``## title`` section of a rule page, without its heading."""
    lines = doc.splitlines()
    heading = f"## {title}"
    if heading not in lines:
        return ""
    body: list[str] = []
    for line in lines[lines.index(heading) + 1 :]:
        if line.startswith("## "):
            break
        body.append(line)
    return " ".join(" ".join(body).split())


#: Written even at their default: a result without a level takes its rule's default level, so
#: a warning from a rule that defaults to error would be read as an error.
ALWAYS_WRITTEN = frozenset({(sarif.Result, "level")})


def to_json(value: object) -> Any:
    """sarif-om objects as JSON values: each attrs field under its schema property name,
    ``None`` and values equal to the field's default left out (they are SARIF's defaults),
    except :data:`ALWAYS_WRITTEN`."""
    if attr.has(type(value)):
        out: dict[str, Any] = {}
        for item in attr.fields(type(value)):
            current = getattr(value, item.name)
            default = item.default
            if isinstance(default, attr.Factory):  # type: ignore[arg-type]
                default = default.factory()  # type: ignore[union-attr]
            if current is None or (
                default is not attr.NOTHING
                and current == default
                and (type(value), item.name) not in ALWAYS_WRITTEN
            ):
                continue
            out[item.metadata.get("schema_property_name", item.name)] = to_json(current)
        return out
    if isinstance(value, dict):
        return {str(key): to_json(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot write {type(value).__name__} to SARIF")

"""JSON output: a stable, documented shape for CI and other tools."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from privlint import __version__
from privlint.engine import RunResult
from privlint.findings import Finding


def finding_dict(finding: Finding, rules: dict) -> dict[str, Any]:
    rule = rules.get(finding.code)
    return {
        "code": finding.code,
        "name": rule.name if rule else finding.code,
        "severity": finding.severity.value,
        "path": finding.path,
        "line": finding.span.line,
        "column": finding.span.column,
        "end_line": finding.span.end_line,
        "end_column": finding.span.end_column,
        "message": finding.message,
        "element": finding.element,
        "category": finding.category,
        "symbol": finding.symbol,
        "explanation": [
            {"step": label, "detail": text} for label, text in finding.explanation.steps
        ],
    }


def render(result: RunResult) -> str:
    by_code = Counter(f.code for f in result.findings)
    by_severity = Counter(f.severity.value for f in result.findings)
    document = {
        "version": __version__,
        "findings": [finding_dict(f, result.rules) for f in result.findings],
        "summary": {
            "files": result.file_count,
            "findings": len(result.findings),
            "by_code": dict(sorted(by_code.items())),
            "by_severity": dict(sorted(by_severity.items())),
            "suppressed": result.suppressed,
            "baselined": result.baselined,
            "stale_baseline": result.stale_baseline,
            "manifest": result.manifest_path,
            "errors": list(result.errors),
        },
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"

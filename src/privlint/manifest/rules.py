"""Built-in plugin: declares the PRV0xx rules and the one check that reports them."""

from __future__ import annotations

from privlint.checks.base import Check, CheckContext, Rule
from privlint.findings import Finding
from privlint.hookspecs import hookimpl
from privlint.manifest.checks import check_manifest
from privlint.manifest.codes import MANIFEST_RULES


@hookimpl
def privlint_rules() -> list[Rule]:
    return list(MANIFEST_RULES)


def _run(ctx: CheckContext) -> list[Finding]:
    return check_manifest(ctx.manifest, ctx.catalog, options=ctx.options)


@hookimpl
def privlint_checks() -> list[Check]:
    # PRV001/PRV002 come from the loader (ManifestResult.findings); they are declared here so
    # that --select and `privlint rules` know them, and listed so the registry accepts them.
    return [Check("manifest", tuple(rule.code for rule in MANIFEST_RULES), _run)]

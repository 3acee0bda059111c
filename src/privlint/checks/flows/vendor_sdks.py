"""PRV204: a vendor SDK is imported that no recipient declares."""

from __future__ import annotations

from collections.abc import Iterator

from privlint.catalog.sinks import SinkCatalog, Vendor
from privlint.checks.base import Check, CheckContext, Rule
from privlint.checks.flows.claims import claims_vendor, package_claims
from privlint.facts import ImportFact
from privlint.findings import Explanation, Finding, Severity

RULE = Rule(
    "PRV204",
    "undeclared-vendor-sdk",
    "A vendor SDK is imported that no recipient declares.",
    Severity.WARNING,
    "flows",
)


def _import_vendor(imp: ImportFact, catalog: SinkCatalog) -> tuple[Vendor, str] | None:
    for name in (*(f"{imp.module}.{n}" for n in imp.names), imp.module):
        vendor = catalog.vendor_for_module(name)
        if vendor is not None:
            return vendor, name
    return None


def check_vendor_imports(ctx: CheckContext) -> Iterator[Finding]:
    for file in ctx.files:
        reported: set[str] = set()
        for imp in file.imports:
            hit = _import_vendor(imp, ctx.catalog.sinks)
            if hit is None:
                continue
            vendor, module = hit
            if vendor.id in reported:
                continue
            if any(
                claims_vendor(r, vendor) or any(package_claims(p, module) for p in r.packages)
                for r in ctx.manifest.recipients.values()
            ):
                continue
            reported.add(vendor.id)
            steps = Explanation().add(
                "vendor",
                f"import {module!r} is {vendor.name} ({vendor.category}; {vendor.source})",
            )
            steps = steps.add(
                "manifest",
                f"no [recipients.*] in {ctx.manifest_path} lists packages {list(vendor.packages)}"
                f" or hosts {list(vendor.hosts)[:3]}",
            )
            yield Finding(
                code="PRV204",
                message=f"{vendor.name} SDK '{module}' is imported but no recipient declares it "
                f'(add `packages = ["{module.split(".")[0]}"]` to its [recipients.*] entry)',
                path=file.path,
                span=imp.span,
                severity=Severity.WARNING,
                symbol=module,
                explanation=steps,
            )


CHECK = Check("flows.vendor_imports", ("PRV204",), check_vendor_imports)

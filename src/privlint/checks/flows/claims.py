"""Which manifest entry claims a destination: recipients by host, package or vendor, the
purposes that send an element to them, and where an entry sits in privacy.toml.
"""

from __future__ import annotations

from typing import Any

from privlint.catalog.sinks import Vendor, host_matches
from privlint.checks.base import CheckContext
from privlint.checks.flows.calls import Destination
from privlint.manifest.model import Manifest, Recipient, covers_any


def recipient_for(manifest: Manifest, dest: Destination) -> Recipient | None:
    """The ``[recipients.*]`` entry that claims a destination (by host, package or vendor)."""
    for recipient in manifest.recipients.values():
        if dest.host and any(host_matches(p, dest.host) for p in recipient.hosts):
            return recipient
        if dest.module and any(package_claims(p, dest.module) for p in recipient.packages):
            return recipient
        if dest.vendor is not None and claims_vendor(recipient, dest.vendor):
            return recipient
    return None


def package_claims(declared: str, module: str) -> bool:
    return (
        module == declared or module.startswith(declared + ".") or declared.startswith(module + ".")
    )


def claims_vendor(recipient: Recipient, vendor: Vendor) -> bool:
    if any(package_claims(p, v) for p in recipient.packages for v in vendor.packages):
        return True
    concrete = [h for h in vendor.hosts if "*" not in h]
    return any(host_matches(p, h) for p in recipient.hosts for h in concrete)


def covering_purposes(manifest: Manifest, recipient_id: str, element: str) -> list[str]:
    """Purposes (and processor activities) that send ``element`` to the recipient."""
    out: list[str] = []
    for purpose in manifest.purposes.values():
        if recipient_id not in purpose.recipients:
            continue
        for cat_id in purpose.categories:
            category = manifest.categories.get(cat_id)
            if category is not None and covers_any(category.elements, element):
                out.append(f"purposes.{purpose.id}")
                break
    for activity in manifest.processor.values():
        if recipient_id in activity.sub_processors:
            for cat_id in activity.categories:
                category = manifest.categories.get(cat_id)
                if category is not None and covers_any(category.elements, element):
                    out.append(f"processor.{activity.id}")
                    break
    return out


def purposes_naming(manifest: Manifest, recipient_id: str) -> list[str]:
    return [p.id for p in manifest.purposes.values() if recipient_id in p.recipients]


def at(ctx: CheckContext, entity: Any, key: str | None = None) -> str:
    span = entity.at(key)
    return f"{ctx.manifest_path}:{span.line}"

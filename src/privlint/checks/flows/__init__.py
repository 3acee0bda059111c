"""Flow checks PRV201-PRV204: personal data reaching logs, third parties and other countries.

One module per rule (logs, recipients, transfers, vendor_sdks), each holding its ``RULE`` and
``CHECK``; this module is the plugin that registers them. Every finding names the value
(``customer.email``), what it was classified as and why, the sink (from ``rules/sinks``), and
the manifest entry consulted. The shared helpers (``personal``: personal data in a call's
payload; ``calls``: where a call sends data; ``claims``: which recipient claims it) are also
used by the marketing and security checks.
"""

from __future__ import annotations

from privlint.checks.base import Check, Rule
from privlint.checks.flows import logs, recipients, transfers, vendor_sdks
from privlint.hookspecs import hookimpl

RULE_MODULES = (logs, recipients, transfers, vendor_sdks)


@hookimpl
def privlint_rules() -> list[Rule]:
    return [module.RULE for module in RULE_MODULES]


@hookimpl
def privlint_checks() -> list[Check]:
    return [module.CHECK for module in RULE_MODULES]

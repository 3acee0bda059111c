"""Marketing and consent checks: PRV301 (opt-out guard) and PRV302 (cookies set in code).

One module per rule (opt_out, cookies), each holding its ``RULE`` and ``CHECK``; this module
is the plugin that registers them.
"""

from __future__ import annotations

from privlint.checks.base import Check, Rule
from privlint.checks.marketing import cookies, opt_out
from privlint.hookspecs import hookimpl

RULE_MODULES = (opt_out, cookies)


@hookimpl
def privlint_rules() -> list[Rule]:
    return [module.RULE for module in RULE_MODULES]


@hookimpl
def privlint_checks() -> list[Check]:
    return [module.CHECK for module in RULE_MODULES]

"""Build the plugin manager: built-in modules first, then ``privlint`` entry points."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pluggy

from privlint import hookspecs
from privlint.analysis.module import Extractor
from privlint.checks.base import Check, Rule

# Hook modules in registration order (the order checks run). A rule package such as
# privlint.checks.flows is one plugin: its __init__ registers its rule modules (logs, ...).
BUILTIN_PLUGINS: tuple[str, ...] = (
    "privlint.checks.parse_errors",
    "privlint.manifest.rules",
    "privlint.analysis.extractors",
    "privlint.analysis.flows",
    "privlint.checks.declarations",
    "privlint.checks.flows",
    "privlint.checks.marketing",
    "privlint.checks.retention",
    "privlint.checks.security",
)


class PluginError(Exception):
    """A plugin could not be loaded or declares something inconsistent."""


@dataclass(frozen=True)
class Registry:
    """Everything the hooks returned, de-duplicated and sorted for determinism."""

    rules: dict[str, Rule]
    checks: tuple[Check, ...]
    extractors: tuple[Extractor, ...]
    packs: tuple[Path, ...]
    plugins: tuple[tuple[str, str], ...]


def plugin_manager(load_entry_points: bool = True) -> pluggy.PluginManager:
    pm = pluggy.PluginManager("privlint")
    pm.add_hookspecs(hookspecs)
    for name in BUILTIN_PLUGINS:
        pm.register(importlib.import_module(name), name=name)
    if load_entry_points:
        try:
            pm.load_setuptools_entrypoints("privlint")
        except Exception as exc:  # a broken third-party plugin must not look like our bug
            raise PluginError(f"could not load a privlint plugin: {exc}") from exc
    pm.check_pending()
    return pm


@lru_cache(maxsize=2)
def registry(load_entry_points: bool = True) -> Registry:
    """Collect rules, checks, extractors and packs from every registered plugin."""
    pm = plugin_manager(load_entry_points)
    rules: dict[str, Rule] = {}
    for batch in pm.hook.privlint_rules():
        for rule in batch:
            if rule.code in rules and rules[rule.code] != rule:
                raise PluginError(f"rule code {rule.code} is declared twice")
            rules[rule.code] = rule
    checks = tuple(c for batch in reversed(pm.hook.privlint_checks()) for c in batch)
    for check in checks:
        unknown = [c for c in check.codes if c not in rules]
        if unknown:
            raise PluginError(f"check {check.name} reports undeclared codes {unknown}")
    extractors = tuple(e for batch in reversed(pm.hook.privlint_extractors()) for e in batch)
    packs = tuple(Path(p) for batch in pm.hook.privlint_rule_packs() for p in batch)
    dists = tuple(
        sorted((dist.metadata["name"], dist.version) for _plugin, dist in pm.list_plugin_distinfo())
    )
    return Registry(
        rules=dict(sorted(rules.items())),
        checks=checks,
        extractors=extractors,
        packs=packs,
        plugins=dists,
    )

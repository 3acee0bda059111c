"""Flow analysis: where values go (calls, their arguments' sources, imports, guards).

The extractor is registered as a built-in plugin through ``privlint_extractors``; the flow
checks (``privlint.checks.flows``, ``marketing``, ``retention``, ``security``) read its facts.
"""

from __future__ import annotations

from privlint.analysis.flows.extractor import FlowExtractor
from privlint.hookspecs import hookimpl

__all__ = ["FlowExtractor", "privlint_extractors"]


@hookimpl
def privlint_extractors() -> list[FlowExtractor]:
    return [FlowExtractor()]

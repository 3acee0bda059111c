"""pytest_privlint: assert an application's runtime behaviour against its privacy.toml.

Registered through the ``pytest11`` entry point (``pytest_privlint.plugin``), so installing
privlint makes the fixtures available to every test suite. This release provides the
``privlint_manifest`` fixture; the runtime assertions (mail, logs, outbound HTTP, retention,
rights, cookies) build on it.
"""

from __future__ import annotations

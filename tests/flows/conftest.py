"""Helpers for the flow tests: facts from inline snippets, a manifest and a check context.

The name classifier is replaced by a small table so that these tests exercise the flow logic
alone (the real classifier has its own tests).
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

import pytest

from privlint.analysis.flows import FlowExtractor
from privlint.analysis.module import ModuleInfo
from privlint.catalog import pack_files, rules_root
from privlint.catalog.legal import load_legal
from privlint.catalog.sinks import load_sinks
from privlint.checks.base import CheckContext
from privlint.checks.flows import personal
from privlint.facts import CallFact, FieldFact, FileFacts, FunctionFact, ImportFact, Span
from privlint.manifest.model import (
    Category,
    Cookie,
    Event,
    Manifest,
    Marketing,
    Organisation,
    Purpose,
    Recipient,
    Retention,
)

WORDS = {
    "email": "contact.email",
    "email_address": "contact.email",
    "phone": "contact.phone",
    "name": "identity.name",
    "full_name": "identity.name",
    "user_id": "identity.person_id",
    "customer_id": "identity.person_id",
    "date_of_birth": "demographic.date_of_birth",
    "ip": "online.ip_address",
    "diagnosis": "health.condition",
    "password": "credentials.password",
}


@dataclass(frozen=True)
class FakeClassification:
    element: str
    confidence: float = 0.9
    special: bool = False
    explanation: str = ""


def fake_classify(name: str, catalog: Any, *, owner: str | None = None, **_: Any):
    element = WORDS.get(name.lower())
    if element is None:
        return None
    return FakeClassification(element, explanation=f"matched word {name!r} (test table)")


@pytest.fixture(autouse=True)
def stub_classifier(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(personal, "classify_name_impl", fake_classify)


def facts(source: str, module: str = "app", path: str | None = None) -> FileFacts:
    """FileFacts of one snippet, as the engine would bucket the flow extractor's output."""
    text = textwrap.dedent(source)
    info = ModuleInfo(
        path=path or f"{module.replace('.', '/')}.py",
        module=module,
        source=text,
        tree=ast.parse(text),
    )
    out = list(FlowExtractor().extract(info))
    return FileFacts(
        path=info.path,
        module=module,
        digest="test",
        calls=tuple(f for f in out if isinstance(f, CallFact)),
        imports=tuple(f for f in out if isinstance(f, ImportFact)),
        functions=tuple(f for f in out if isinstance(f, FunctionFact)),
    )


def calls_to(file: FileFacts, callee: str) -> list[CallFact]:
    return [c for c in file.calls if c.callee == callee]


def field(symbol: str) -> FieldFact:
    name = symbol.rpartition(".")[2]
    return FieldFact(
        name, symbol, "field", "django", Span(1, 1, 1, 1), owner=symbol.rsplit(".", 2)[1]
    )


def manifest(**overrides: Any) -> Manifest:
    """A small manifest: an account category sent to a declared processor, a newsletter."""
    base: dict[str, Any] = dict(
        path="privacy.toml",
        organisation=Organisation(name="Example", establishment="GB", regimes=("uk_gdpr",)),
        categories={
            "account": Category(
                id="account",
                elements=("identity.name", "contact.email", "identity.person_id"),
                retention=Retention(period=None, until="account.closed"),
            ),
            "marketing": Category(id="marketing", elements=("contact.email",)),
        },
        events={"account.closed": Event(id="account.closed", field="app.Account.closed_at")},
        purposes={
            "service": Purpose(
                id="service", categories=("account",), basis="contract", recipients=("mailer",)
            ),
            "newsletter": Purpose(
                id="newsletter",
                categories=("marketing",),
                basis="consent",
                marketing=Marketing(guard=("app.is_suppressed",), markers=("List-Unsubscribe",)),
            ),
        },
        recipients={
            "mailer": Recipient(
                id="mailer",
                role="processor",
                countries=("US",),
                hosts=("api.sendgrid.com", "*.mailer.example"),
                packages=("sendgrid",),
                transfers={"US": "uk_idta"},
            ),
        },
        cookies={
            "sessionid": Cookie(name="sessionid", category="authentication", necessary=True),
            "_ga": Cookie(name="_ga", category="analysis", necessary=False, expiry="P13M"),
        },
    )
    base.update(overrides)
    return Manifest(**base)


_SINKS = load_sinks(pack_files([rules_root()], "sinks"))
_LEGAL = load_legal(pack_files([rules_root()], "legal"))


def context(*files: FileFacts, man: Manifest | None = None, **options: Any) -> CheckContext:
    catalog = SimpleNamespace(sinks=_SINKS, legal=_LEGAL, elements=None)
    return CheckContext(
        manifest=man or manifest(),
        manifest_path="privacy.toml",
        catalog=catalog,  # type: ignore[arg-type]
        config=None,  # type: ignore[arg-type]
        files=tuple(files),
        fields=(),
        options=options,
    )


def codes(findings: Iterator[Any]) -> list[tuple[str, int]]:
    return [(f.code, f.span.line) for f in findings]

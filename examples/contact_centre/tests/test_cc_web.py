"""The WSGI layer: cookies only as declared and consented, web-chat, unsubscribe, export."""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass
from http.cookies import SimpleCookie
from urllib.parse import urlencode, urlsplit
from wsgiref.util import setup_testing_defaults

import pytest
from contact_centre.crm.models import ChatSession, Tenant
from contact_centre.marketing.campaigns import unsubscribe_link
from contact_centre.marketing.subscriptions import subscribe
from contact_centre.marketing.suppression import is_suppressed
from contact_centre.usage.models import PageView
from contact_centre.web import ContactCentreApp
from sqlalchemy import select

KEY = b"web-test-key"


@dataclass
class Result:
    status: int
    headers: list[tuple[str, str]]
    body: str

    def set_cookies(self) -> dict[str, str]:
        """Set-Cookie headers by cookie name (the full header line as value)."""
        return {h.split("=", 1)[0]: h for k, h in self.headers if k == "Set-Cookie"}


class Client:
    def __init__(self, app: ContactCentreApp) -> None:
        self.app = app
        self.cookies: dict[str, str] = {}

    def request(
        self,
        method: str,
        url: str,
        form: dict[str, str] | None = None,
        remote_addr: str = "192.0.2.80",
    ) -> Result:
        parts = urlsplit(url)
        body = urlencode(form or {}).encode()
        environ: dict = {
            "REQUEST_METHOD": method,
            "PATH_INFO": parts.path,
            "QUERY_STRING": parts.query,
            "REMOTE_ADDR": remote_addr,
            "HTTP_USER_AGENT": "TestBrowser/1",
            "CONTENT_LENGTH": str(len(body)),
            "wsgi.input": io.BytesIO(body),
        }
        if self.cookies:
            environ["HTTP_COOKIE"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        setup_testing_defaults(environ)
        captured: dict = {}

        def start_response(status: str, headers: list[tuple[str, str]]) -> None:
            captured.update(status=int(status[:3]), headers=headers)

        chunks = self.app(environ, start_response)
        result = Result(captured["status"], captured["headers"], b"".join(chunks).decode())
        for name, line in result.set_cookies().items():
            morsel = SimpleCookie(line)[name]
            if morsel["max-age"] == "0":
                self.cookies.pop(name, None)
            else:
                self.cookies[name] = morsel.value
        return result

    def get(self, url: str, **kw) -> Result:
        return self.request("GET", url, **kw)

    def post(self, url: str, form: dict[str, str] | None = None, **kw) -> Result:
        return self.request("POST", url, form, **kw)


@pytest.fixture
def app(session_factory, clock) -> ContactCentreApp:
    return ContactCentreApp(session_factory, link_key=KEY, clock=clock)


@pytest.fixture
def client(app) -> Client:
    return Client(app)


def test_first_visit_sets_no_cookie_and_shows_an_unticked_banner(client, db) -> None:
    page = client.get("/")
    assert page.status == 200
    assert page.set_cookies() == {}
    assert 'class="cookie-banner"' in page.body
    assert "checked" not in page.body
    assert "googletagmanager" not in page.body and "licdn" not in page.body
    view = db.scalars(select(PageView)).one()
    assert (view.ip_address, view.user_agent, view.account_id) == (
        "192.0.2.80",
        "TestBrowser/1",
        None,
    )


def test_analytics_only_after_consent_and_only_what_was_chosen(client) -> None:
    result = client.post("/consent", {"analysis": "on"})
    assert result.status == 303
    consent = result.set_cookies()["cc_cookie_consent"]
    assert "Secure" in consent and "Max-Age=15552000" in consent
    page = client.get("/")
    assert "googletagmanager" in page.body
    assert "licdn" not in page.body
    assert "cookie-banner" not in page.body


def test_withdrawing_consent_expires_analysis_cookies(client) -> None:
    client.post("/consent", {"analysis": "on"})
    client.cookies["_ga"] = "GA1.1.123.456"
    result = client.post("/consent", {})
    assert "Max-Age=0" in result.set_cookies()["_ga"]
    assert "googletagmanager" not in client.get("/").body


def test_personalisation_cookie_needs_consent(client) -> None:
    assert "cc_prefs" not in client.post("/preferences", {"theme": "dark"}).set_cookies()
    client.post("/consent", {"personalisation": "on"})
    assert "cc_prefs" in client.post("/preferences", {"theme": "dark"}).set_cookies()


def test_login_sets_secure_httponly_session_cookies(client, seed, db, caplog) -> None:
    seeded = seed(email="login@example.test", password="pw-123456")
    with caplog.at_level(logging.INFO):
        result = client.post(
            "/login", {"username": seeded.account.username, "password": "pw-123456"}
        )
    assert result.status == 303
    cookies = result.set_cookies()
    for name in ("cc_session", "cc_logged_in"):
        assert "Secure" in cookies[name] and "HttpOnly" in cookies[name]
        assert "Max-Age" not in cookies[name]  # a session cookie
    assert seeded.account.username in client.get("/").body
    assert "login@example.test" not in caplog.text
    assert seeded.account.username not in caplog.text
    assert db.scalars(select(PageView)).one().account_id == seeded.account.id


def test_wrong_password_is_refused(client, seed) -> None:
    seeded = seed()
    result = client.post("/login", {"username": seeded.account.username, "password": "bad"})
    assert result.status == 401
    assert result.set_cookies() == {}


def test_export_over_the_web_needs_a_login(client, seed) -> None:
    seeded = seed(email="export@example.test", password="pw-abcdef")
    assert client.get("/account/export").status == 401
    client.post("/login", {"username": seeded.account.username, "password": "pw-abcdef"})
    data = json.loads(client.get("/account/export?format=json").body)
    assert data["categories"]["account"][0]["email"] == "export@example.test"
    assert client.get("/account/export?format=csv").body.startswith("category,record")
    assert client.get("/account/export?format=xml").status == 400
    client.post("/logout")
    assert client.get("/account/export").status == 401


def test_web_chat_records_ip_and_reuses_the_chat_cookie(client, seed, db) -> None:
    seeded = seed()
    tenant = Tenant(customer_id=seeded.customer.id, display_name="Tenant")
    db.add(tenant)
    db.commit()
    first = client.post(
        f"/chat/{tenant.id}/messages", {"message": "Hello"}, remote_addr="198.51.100.7"
    )
    assert first.status == 200
    chat_cookie = first.set_cookies()["cc_chat"]
    assert "Secure" in chat_cookie and "HttpOnly" in chat_cookie and "Max-Age=86400" in chat_cookie
    client.post(f"/chat/{tenant.id}/messages", {"message": "Still there?"})
    chat = db.scalars(select(ChatSession)).one()
    assert chat.ip_address == "198.51.100.7"
    assert [m.body for m in chat.messages] == ["Hello", "Still there?"]
    assert client.post(f"/chat/{tenant.id}/messages", {"message": " "}).status == 400


def test_unsubscribe_link(client, db, clock) -> None:
    subscribe(db, "leaver@example.test", clock=clock)
    db.commit()
    link = unsubscribe_link("leaver@example.test", KEY)
    assert "leaver" not in link  # the address itself never travels in the link
    forged = link[:-4] + "0000"
    assert client.get(forged.replace("https://www.qcontact.com", "")).status == 400
    assert client.post(link.replace("https://www.qcontact.com", "")).status == 200
    assert is_suppressed(db, "leaver@example.test")


def test_unknown_route(client) -> None:
    assert client.get("/nope").status == 404
    assert client.post("/chat/abc/messages", {"message": "x"}).status == 404

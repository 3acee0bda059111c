"""The website and web-chat endpoint as a plain WSGI application (standard library only).

Cookie rules from privacy.toml, enforced here:
- ``cc_session`` (authentication) and ``cc_logged_in`` (status) are strictly necessary, set only
  at login, always ``Secure; HttpOnly; SameSite=Lax``, and die with the browser session.
- ``cc_cookie_consent`` stores the visitor's choice from the banner (no box is pre-ticked).
- Analysis (``_ga``, ``_gid``) and advertising (LinkedIn) cookies are set by third-party scripts
  that are only included in the page once the visitor consented to that category;
  ``cc_prefs`` (personalisation) is only set with consent. Withdrawing consent expires the
  first-party cookies set under it.
- ``cc_chat`` holds a random chat identifier for the web-chat widget (processor activity).
"""

from __future__ import annotations

import hmac
import html
import json
import logging
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qs

from sqlalchemy.orm import Session, sessionmaker

from contact_centre.accounts.models import Account
from contact_centre.accounts.service import authenticate
from contact_centre.clock import Clock, utcnow
from contact_centre.crm.chat import post_chat_message
from contact_centre.marketing.campaigns import unsubscribe_signature
from contact_centre.marketing.suppression import opt_out_digest
from contact_centre.privacy.rights import EXPORT_FORMATS, export_subject
from contact_centre.usage.tracking import GeoLookup, no_geo, record_page_view

log = logging.getLogger(__name__)

SESSION_COOKIE = "cc_session"
STATUS_COOKIE = "cc_logged_in"
CONSENT_COOKIE = "cc_cookie_consent"
PREFS_COOKIE = "cc_prefs"
CHAT_COOKIE = "cc_chat"

CONSENT_MAX_AGE = 180 * 24 * 3600  # P6M, as declared
PREFS_MAX_AGE = 180 * 24 * 3600  # P6M
CHAT_MAX_AGE = 24 * 3600  # P1D

OPTIONAL_CATEGORIES = ("analysis", "advertising", "personalisation")
# First-party cookies to expire when consent for their category is refused or withdrawn.
# (LinkedIn's advertising cookies live on LinkedIn's domain: removing the script stops them.)
COOKIES_BY_CATEGORY = {"analysis": ("_ga", "_gid"), "personalisation": (PREFS_COOKIE,)}

ANALYTICS_SNIPPET = (
    '<script async src="https://www.googletagmanager.com/gtag/js?id=G-QCONTACT1"></script>'
)
ADVERTISING_SNIPPET = (
    '<script async src="https://snap.licdn.com/li.lms-analytics/insight.min.js"></script>'
)


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    form: dict[str, str]
    cookies: dict[str, str]
    remote_addr: str
    user_agent: str | None
    referrer: str | None

    @classmethod
    def from_environ(cls, environ: dict[str, Any]) -> Request:
        def first(values: dict[str, list[str]]) -> dict[str, str]:
            return {k: v[0] for k, v in values.items()}

        form: dict[str, str] = {}
        if environ.get("REQUEST_METHOD") == "POST":
            length = int(environ.get("CONTENT_LENGTH") or 0)
            raw = environ["wsgi.input"].read(length).decode() if length else ""
            form = first(parse_qs(raw))
        jar: SimpleCookie = SimpleCookie()
        jar.load(environ.get("HTTP_COOKIE", ""))
        return cls(
            method=environ.get("REQUEST_METHOD", "GET"),
            path=environ.get("PATH_INFO", "/") or "/",
            query=first(parse_qs(environ.get("QUERY_STRING", ""))),
            form=form,
            cookies={name: morsel.value for name, morsel in jar.items()},
            remote_addr=environ.get("REMOTE_ADDR", ""),
            user_agent=environ.get("HTTP_USER_AGENT"),
            referrer=environ.get("HTTP_REFERER"),
        )

    def consented(self) -> set[str]:
        """Optional cookie categories the visitor agreed to (empty if never asked)."""
        value = self.cookies.get(CONSENT_COOKIE, "")
        return {c for c in value.split("-") if c in OPTIONAL_CATEGORIES}


@dataclass
class Response:
    status: str = "200 OK"
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: list[tuple[str, str]] = field(default_factory=list)

    def set_cookie(
        self,
        name: str,
        value: str,
        *,
        max_age: int | None = None,
        http_only: bool = True,
        same_site: str = "Lax",
    ) -> None:
        """Every cookie of this site is ``Secure``; no max_age means a session cookie."""
        parts = [f"{name}={value}", "Path=/", "Secure", f"SameSite={same_site}"]
        if http_only:
            parts.append("HttpOnly")
        if max_age is not None:
            parts.append(f"Max-Age={max_age}")
        self.headers.append(("Set-Cookie", "; ".join(parts)))

    def expire_cookie(self, name: str) -> None:
        self.headers.append(("Set-Cookie", f"{name}=; Path=/; Secure; Max-Age=0"))


def redirect(location: str) -> Response:
    return Response(status="303 See Other", headers=[("Location", location)])


class ContactCentreApp:
    """The WSGI callable. Sessions live in memory here; production uses a shared store."""

    def __init__(
        self,
        session_factory: sessionmaker[Session],
        *,
        link_key: bytes,
        clock: Clock = utcnow,
        geo: GeoLookup = no_geo,
    ) -> None:
        self._db = session_factory
        self._link_key = link_key
        self._clock = clock
        self._geo = geo
        self._logins: dict[str, int] = {}
        self._routes: dict[tuple[str, str], Callable[[Session, Request], Response]] = {
            ("GET", "/"): self.home,
            ("POST", "/consent"): self.consent,
            ("POST", "/login"): self.login,
            ("POST", "/logout"): self.logout,
            ("POST", "/preferences"): self.preferences,
            ("GET", "/unsubscribe"): self.unsubscribe,
            ("POST", "/unsubscribe"): self.unsubscribe,
            ("GET", "/account/export"): self.export,
        }

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        request = Request.from_environ(environ)
        with self._db() as db, db.begin():
            response = self.dispatch(db, request)
        headers = [("Content-Type", response.content_type), *response.headers]
        start_response(response.status, headers)
        # The path and status only: query strings may carry addresses or tokens.
        log.info("%s %s -> %s", request.method, request.path, response.status[:3])
        return [response.body]

    def dispatch(self, db: Session, request: Request) -> Response:
        handler = self._routes.get((request.method, request.path))
        if handler is not None:
            return handler(db, request)
        parts = request.path.strip("/").split("/")
        is_chat = len(parts) == 3 and parts[::2] == ["chat", "messages"] and parts[1].isdigit()
        if request.method == "POST" and is_chat:
            return self.chat(db, request, int(parts[1]))
        return Response(status="404 Not Found", body=b"not found")

    # ---- helpers ---------------------------------------------------------------------------
    def current_account(self, db: Session, request: Request) -> Account | None:
        account_id = self._logins.get(request.cookies.get(SESSION_COOKIE, ""))
        return db.get(Account, account_id) if account_id is not None else None

    # ---- pages -----------------------------------------------------------------------------
    def home(self, db: Session, request: Request) -> Response:
        account = self.current_account(db, request)
        record_page_view(
            db,
            ip_address=request.remote_addr,
            path=request.path,
            user_agent=request.user_agent,
            referrer=request.referrer,
            account=account,
            geo=self._geo,
            clock=self._clock,
        )
        consented = request.consented()
        parts = ["<!doctype html><title>QContact</title><h1>QContact</h1>"]
        if account is not None:
            parts.append(f"<p>Signed in as {html.escape(account.username)}</p>")
        if CONSENT_COOKIE not in request.cookies:
            parts.append(
                '<form method="post" action="/consent" class="cookie-banner">'
                "<p>We use optional cookies for analysis, advertising and personalisation.</p>"
                + "".join(
                    f'<label><input type="checkbox" name="{c}"> {c}</label>'
                    for c in OPTIONAL_CATEGORIES
                )
                + '<button type="submit">Save my choice</button></form>'
            )
        if "analysis" in consented:
            parts.append(ANALYTICS_SNIPPET)
        if "advertising" in consented:
            parts.append(ADVERTISING_SNIPPET)
        return Response(body="".join(parts).encode())

    def consent(self, db: Session, request: Request) -> Response:
        granted = [c for c in OPTIONAL_CATEGORIES if request.form.get(c) == "on"]
        response = redirect("/")
        response.set_cookie(CONSENT_COOKIE, "-".join(granted) or "none", max_age=CONSENT_MAX_AGE)
        for category, names in COOKIES_BY_CATEGORY.items():
            if category not in granted:
                for name in names:
                    if name in request.cookies:
                        response.expire_cookie(name)
        return response

    def login(self, db: Session, request: Request) -> Response:
        account = authenticate(
            db,
            request.form.get("username", ""),
            request.form.get("password", ""),
            clock=self._clock,
        )
        if account is None:
            return Response(status="401 Unauthorized", body=b"wrong username or password")
        token = secrets.token_urlsafe(32)
        self._logins[token] = account.id
        response = redirect("/")
        response.set_cookie(SESSION_COOKIE, token)
        response.set_cookie(STATUS_COOKIE, "1")
        return response

    def logout(self, db: Session, request: Request) -> Response:
        self._logins.pop(request.cookies.get(SESSION_COOKIE, ""), None)
        response = redirect("/")
        response.expire_cookie(SESSION_COOKIE)
        response.expire_cookie(STATUS_COOKIE)
        return response

    def preferences(self, db: Session, request: Request) -> Response:
        theme = request.form.get("theme", "light")
        if theme not in ("light", "dark"):
            return Response(status="400 Bad Request", body=b"unknown theme")
        response = redirect("/")
        if "personalisation" in request.consented():
            response.set_cookie(PREFS_COOKIE, f"theme.{theme}", max_age=PREFS_MAX_AGE)
        return response

    def chat(self, db: Session, request: Request, tenant_id: int) -> Response:
        body = request.form.get("message", "").strip()
        if not body:
            return Response(status="400 Bad Request", body=b"empty message")
        chat = post_chat_message(
            db,
            tenant_id=tenant_id,
            body=body,
            ip_address=request.remote_addr,
            chat_cookie=request.cookies.get(CHAT_COOKIE),
            clock=self._clock,
        )
        response = Response(
            body=json.dumps({"chat": chat.id}).encode(), content_type="application/json"
        )
        # SameSite=None: the widget runs inside the tenant's website (a third-party context).
        response.set_cookie(CHAT_COOKIE, chat.chat_cookie, max_age=CHAT_MAX_AGE, same_site="None")
        return response

    def unsubscribe(self, db: Session, request: Request) -> Response:
        params = {**request.query, **request.form}
        digest, signature = params.get("d", ""), params.get("s", "")
        expected = unsubscribe_signature(digest, self._link_key)
        if not digest or not hmac.compare_digest(signature, expected):
            return Response(status="400 Bad Request", body=b"invalid unsubscribe link")
        opt_out_digest(db, digest, clock=self._clock)
        return Response(body=b"You will not receive marketing e-mail from us again.")

    def export(self, db: Session, request: Request) -> Response:
        account = self.current_account(db, request)
        if account is None:
            return Response(status="401 Unauthorized", body=b"please sign in")
        fmt = request.query.get("format", "json")
        if fmt not in EXPORT_FORMATS:
            return Response(status="400 Bad Request", body=b"format must be json or csv")
        content_type = "application/json" if fmt == "json" else "text/csv; charset=utf-8"
        return Response(
            body=export_subject(db, account.email, fmt).encode(), content_type=content_type
        )

"""Marketing campaigns (legitimate interests, subject to the opt-out).

``send_campaign`` is the sender declared in privacy.toml. Every recipient passes the guard
``is_suppressed`` right before the send, and every message carries ``List-Unsubscribe`` (the
marker by which tests recognise marketing mail).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass
from urllib.parse import urlencode

from sqlalchemy import select
from sqlalchemy.orm import Session

from contact_centre.contracts.models import CustomerContact
from contact_centre.mail import Mailer
from contact_centre.marketing.models import Subscription
from contact_centre.marketing.suppression import email_digest, is_suppressed

log = logging.getLogger(__name__)

UNSUBSCRIBE_URL = "https://www.qcontact.com/unsubscribe"


@dataclass(frozen=True)
class CampaignResult:
    sent: int
    skipped: int


def unsubscribe_signature(digest: str, key: bytes) -> str:
    return hmac.new(key, digest.encode(), hashlib.sha256).hexdigest()


def unsubscribe_link(email: str, key: bytes) -> str:
    """A one-click link that carries the address digest, never the address."""
    digest = email_digest(email)
    query = urlencode({"d": digest, "s": unsubscribe_signature(digest, key)})
    return f"{UNSUBSCRIBE_URL}?{query}"


def campaign_audience(session: Session) -> list[str]:
    """Subscribers and customer contacts who have not opted out, without duplicates."""
    addresses = list(
        session.scalars(
            select(Subscription.email).where(
                Subscription.opted_out_at.is_(None), Subscription.marketing_opt_out.is_(False)
            )
        )
    )
    addresses += session.scalars(
        select(CustomerContact.email).where(CustomerContact.marketing_opt_out.is_(False))
    )
    seen: set[str] = set()
    unique = []
    for address in addresses:
        key = address.strip().lower()
        if key not in seen:
            seen.add(key)
            unique.append(address)
    return unique


def send_campaign(
    session: Session, mailer: Mailer, *, subject: str, body: str, link_key: bytes
) -> CampaignResult:
    """Send one marketing e-mail to everyone in the audience who is not suppressed."""
    sent = skipped = 0
    for address in campaign_audience(session):
        if is_suppressed(session, address):
            skipped += 1
            continue
        link = unsubscribe_link(address, link_key)
        message = mailer.compose(
            address,
            subject,
            f"{body}\n\nUnsubscribe: {link}",
            headers={
                "List-Unsubscribe": f"<{link}>, <mailto:unsubscribe@qcontact.com>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        mailer.send(message)
        sent += 1
    log.info("campaign sent: %d messages, %d suppressed", sent, skipped)
    return CampaignResult(sent=sent, skipped=skipped)

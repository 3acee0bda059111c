"""The suppression list and the opt-out guard every marketing send must consult.

``is_suppressed`` is the guard named in privacy.toml (``[purposes.marketing.marketing]``);
privlint checks that every marketing sender calls it.
"""

from __future__ import annotations

import hashlib
import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from contact_centre.clock import Clock, utcnow
from contact_centre.contracts.models import CustomerContact
from contact_centre.marketing.models import Subscription, SuppressionEntry

log = logging.getLogger(__name__)


def email_digest(email: str) -> str:
    """SHA-256 of the normalised address: the only form the suppression list stores."""
    return hashlib.sha256(email.strip().lower().encode()).hexdigest()


def is_suppressed(session: Session, email: str) -> bool:
    """True if ``email`` must not receive marketing."""
    digest = email_digest(email)
    found = session.scalar(
        select(SuppressionEntry.id).where(SuppressionEntry.email_sha256 == digest)
    )
    return found is not None


def suppress_digest(
    session: Session, digest: str, *, preference: str = "no_marketing", clock: Clock = utcnow
) -> SuppressionEntry:
    """Add (or return) the suppression entry for an address digest."""
    entry = session.scalars(
        select(SuppressionEntry).where(SuppressionEntry.email_sha256 == digest)
    ).first()
    if entry is None:
        entry = SuppressionEntry(email_sha256=digest, preference=preference, suppressed_at=clock())
        session.add(entry)
        session.flush()
    return entry


def opt_out(session: Session, email: str, *, clock: Clock = utcnow) -> SuppressionEntry:
    """Honour an opt-out (Art. 21(3)): mark subscriptions and contacts, add the suppression entry.

    This is the handler of ``rights.object_direct_marketing``. The subscription rows themselves
    are deleted later by the marketing purge job; the suppression entry stays.
    """
    digest = email_digest(email)
    return opt_out_digest(session, digest, clock=clock)


def opt_out_digest(session: Session, digest: str, *, clock: Clock = utcnow) -> SuppressionEntry:
    """As :func:`opt_out`, for the unsubscribe link, which carries only the digest."""
    now = clock()
    for subscription in session.scalars(
        select(Subscription).where(Subscription.opted_out_at.is_(None))
    ):
        if email_digest(subscription.email) == digest:
            subscription.opted_out_at = now
            subscription.marketing_opt_out = True
    for contact in session.scalars(
        select(CustomerContact).where(CustomerContact.marketing_opt_out.is_(False))
    ):
        if email_digest(contact.email) == digest:
            contact.marketing_opt_out = True
    entry = suppress_digest(session, digest, clock=clock)
    log.info("opt-out recorded as suppression entry %s", entry.id)
    return entry

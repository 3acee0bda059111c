"""Signing up for marketing from the website's subscribe form."""

from __future__ import annotations

from sqlalchemy.orm import Session

from contact_centre.clock import Clock, utcnow
from contact_centre.marketing.models import Subscription


def subscribe(
    session: Session, email: str, *, source: str = "website", clock: Clock = utcnow
) -> Subscription:
    """Record a subscription. A suppressed address may subscribe again (a fresh, explicit
    request); the campaign sender still checks the suppression list until it is lifted."""
    subscription = Subscription(email=email, source=source, subscribed_at=clock())
    session.add(subscription)
    session.flush()
    return subscription

"""Non-marketing service information (maintenance, outages) to account holders.

These are not marketing: they go to every account holder whatever their marketing preference
(the notice's "(non-marketing) service information" purpose), carry no List-Unsubscribe header,
and so need no suppression check.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.orm import Session

from contact_centre.accounts.models import Account
from contact_centre.mail import Mailer

log = logging.getLogger(__name__)


def send_service_notice(session: Session, mailer: Mailer, *, subject: str, body: str) -> int:
    """E-mail every account holder about the service; returns how many were sent."""
    count = 0
    for account in session.scalars(select(Account)):
        mailer.send(mailer.compose(account.email, subject, body))
        count += 1
    log.info("service notice sent to %d accounts", count)
    return count

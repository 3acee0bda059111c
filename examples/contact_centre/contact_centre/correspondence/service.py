"""Opening enquiries and recording messages."""

from __future__ import annotations

import logging

from sqlalchemy.orm import Session

from contact_centre.clock import Clock, utcnow
from contact_centre.correspondence.models import Enquiry, Message

log = logging.getLogger(__name__)


def open_enquiry(
    session: Session,
    *,
    name: str,
    email: str,
    subject: str,
    body: str,
    kind: str = "enquiry",
    contract_id: int | None = None,
    clock: Clock = utcnow,
) -> Enquiry:
    """Start a thread with its first inbound message."""
    now = clock()
    enquiry = Enquiry(
        kind=kind,
        contract_id=contract_id,
        correspondent_name=name,
        correspondent_email=email,
        subject=subject,
        opened_at=now,
    )
    enquiry.messages.append(Message(direction="inbound", body=body, sent_at=now))
    session.add(enquiry)
    session.flush()
    log.info("%s %s opened", kind, enquiry.id)
    return enquiry


def add_message(
    session: Session, enquiry: Enquiry, *, body: str, direction: str, clock: Clock = utcnow
) -> Message:
    message = Message(direction=direction, body=body, sent_at=clock())
    enquiry.messages.append(message)
    session.flush()
    return message

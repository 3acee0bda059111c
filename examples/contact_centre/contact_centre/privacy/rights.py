"""Data subject rights handlers (notice section 8), named in privacy.toml ``[rights]``.

The subject is identified by e-mail address, after the privacy team verified the request (out
of scope here). Every handler takes the session and the address; the caller commits.
Processor data (``contact_centre.crm``) is deliberately out of reach: those requests go to the
tenant, who is the controller.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from contact_centre.accounts.models import Account
from contact_centre.clock import Clock, utcnow
from contact_centre.contracts.models import CustomerContact
from contact_centre.correspondence.models import Enquiry
from contact_centre.marketing.models import Subscription
from contact_centre.marketing.suppression import is_suppressed, opt_out
from contact_centre.usage.models import PageView

log = logging.getLogger(__name__)

EXPORT_FORMATS = ("json", "csv")

# Fields a subject may have corrected, and the columns holding them in each table.
RECTIFIABLE = {
    "full_name": ((Account, "full_name"), (CustomerContact, "full_name")),
    "email": ((Account, "email"), (CustomerContact, "email"), (Subscription, "email")),
    "job_title": ((CustomerContact, "job_title"),),
    "phone": ((CustomerContact, "phone"),),
    "street": ((CustomerContact, "street"),),
    "city": ((CustomerContact, "city"),),
    "postcode": ((CustomerContact, "postcode"),),
    "country": ((CustomerContact, "country"),),
}


def _same_address(column: Any, email: str) -> Any:
    return func.lower(column) == email.strip().lower()


def _accounts(session: Session, email: str) -> list[Account]:
    return list(session.scalars(select(Account).where(_same_address(Account.email, email))))


def _row(obj: Any, names: tuple[str, ...]) -> dict[str, Any]:
    out = {}
    for name in names:
        value = getattr(obj, name)
        out[name] = value.isoformat() if isinstance(value, dt.date) else value
    return out


def collect_subject_data(session: Session, email: str) -> dict[str, list[dict[str, Any]]]:
    """Everything we hold as a controller about the person with this address, by category.

    The password hash is left out on purpose: it is not useful to the subject and exporting it
    would only weaken the account's security.
    """
    accounts = _accounts(session, email)
    account_ids = [a.id for a in accounts]
    views = session.scalars(
        select(PageView).where(PageView.account_id.in_(account_ids)).order_by(PageView.viewed_at)
    )
    contacts = session.scalars(
        select(CustomerContact).where(_same_address(CustomerContact.email, email))
    )
    enquiries = session.scalars(
        select(Enquiry).where(_same_address(Enquiry.correspondent_email, email))
    )
    subscriptions = session.scalars(
        select(Subscription).where(_same_address(Subscription.email, email))
    )
    correspondence = []
    for enquiry in enquiries:
        for message in enquiry.messages:
            row = _row(enquiry, ("kind", "subject", "correspondent_name", "correspondent_email"))
            row.update(_row(message, ("direction", "body", "sent_at")))
            correspondence.append(row)
    marketing = [
        _row(s, ("email", "source", "subscribed_at", "opted_out_at", "marketing_opt_out"))
        for s in subscriptions
    ]
    if is_suppressed(session, email):
        marketing.append({"suppressed": True})
    return {
        "account": [
            _row(a, ("full_name", "username", "email", "last_login_at", "created_at"))
            for a in accounts
        ],
        "usage": [
            _row(
                v,
                ("ip_address", "user_agent", "referrer", "path", "approx_location", "viewed_at"),
            )
            for v in views
        ],
        "contract": [
            _row(
                c,
                (
                    "full_name",
                    "job_title",
                    "email",
                    "phone",
                    "street",
                    "city",
                    "postcode",
                    "country",
                    "marketing_opt_out",
                ),
            )
            for c in contacts
        ],
        "correspondence": correspondence,
        "marketing": marketing,
    }


def export_subject(session: Session, email: str, fmt: str = "json") -> str:
    """Access and portability (Arts. 15 and 20): the subject's data as JSON or CSV.

    CSV has one row per value: ``category, record, field, value``.
    """
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unsupported export format {fmt!r}; expected one of {EXPORT_FORMATS}")
    data = collect_subject_data(session, email)
    if fmt == "json":
        return json.dumps({"categories": data}, indent=2, sort_keys=True, default=str)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["category", "record", "field", "value"])
    for category, records in data.items():
        for index, record in enumerate(records, start=1):
            for name, value in record.items():
                writer.writerow([category, index, name, "" if value is None else value])
    return buffer.getvalue()


@dataclass(frozen=True)
class ErasureReport:
    deleted: Mapping[str, int]
    kept: tuple[str, ...] = field(default_factory=tuple)


def erase(session: Session, email: str, *, clock: Clock = utcnow) -> ErasureReport:
    """Erasure (Art. 17) of account, usage, contact, correspondence and marketing data.

    Kept, as privacy.toml's ``exempt_purposes`` and ``keep`` say: the contracts themselves
    (accounting records, legal obligation) and the suppression entry, which is added if the
    person was on a marketing list so that the erasure never puts them back into a campaign.
    """
    accounts = _accounts(session, email)
    account_ids = [a.id for a in accounts]
    deleted: dict[str, int] = {}
    deleted["usage"] = (
        session.execute(delete(PageView).where(PageView.account_id.in_(account_ids))).rowcount or 0
    )
    for account in accounts:
        session.delete(account)
    deleted["account"] = len(accounts)

    contacts = list(
        session.scalars(select(CustomerContact).where(_same_address(CustomerContact.email, email)))
    )
    subscriptions = list(
        session.scalars(select(Subscription).where(_same_address(Subscription.email, email)))
    )
    was_marketed_to = bool(contacts or subscriptions)
    for row in (*contacts, *subscriptions):
        session.delete(row)
    deleted["contract"] = len(contacts)
    deleted["marketing"] = len(subscriptions)

    enquiries = list(
        session.scalars(select(Enquiry).where(_same_address(Enquiry.correspondent_email, email)))
    )
    for enquiry in enquiries:
        session.delete(enquiry)
    deleted["correspondence"] = len(enquiries)

    kept = ["contracts (legal_obligation: accounting records)"]
    if was_marketed_to or is_suppressed(session, email):
        opt_out(session, email, clock=clock)
        kept.append("suppression entry (sha256 of the address and the preference)")
    session.flush()
    log.info("erasure done: %s", deleted)
    return ErasureReport(deleted=deleted, kept=tuple(kept))


def rectify(session: Session, email: str, changes: Mapping[str, str]) -> int:
    """Rectification (Art. 16): apply ``changes`` (field -> new value) wherever the subject's
    data is held; returns the number of rows changed."""
    unknown = set(changes) - set(RECTIFIABLE)
    if unknown:
        raise ValueError(f"cannot rectify {sorted(unknown)}; allowed: {sorted(RECTIFIABLE)}")
    touched: set[tuple[str, int]] = set()
    # The address is how rows are found, so it changes last.
    for name, value in sorted(changes.items(), key=lambda item: item[0] == "email"):
        for model, column in RECTIFIABLE[name]:
            for row in session.scalars(select(model).where(_same_address(model.email, email))):
                setattr(row, column, value)
                touched.add((model.__tablename__, row.id))
    session.flush()
    return len(touched)


def restrict(session: Session, email: str, *, clock: Clock = utcnow) -> int:
    """Restriction (Art. 18): keep storing, stop using. Accounts are marked (no usage tracking)
    and marketing is paused without deleting anything; returns rows marked."""
    now = clock()
    count = 0
    for account in _accounts(session, email):
        account.restricted_at = now
        count += 1
    for model in (Subscription, CustomerContact):
        for row in session.scalars(select(model).where(_same_address(model.email, email))):
            row.marketing_opt_out = True
            count += 1
    session.flush()
    return count


def object_to_processing(session: Session, email: str, *, clock: Clock = utcnow) -> int:
    """Objection (Art. 21(1)) to processing on legitimate interests: usage analytics stop for
    the subject's accounts and marketing stops for good; returns accounts marked."""
    now = clock()
    accounts = _accounts(session, email)
    for account in accounts:
        account.objected_at = now
    opt_out(session, email, clock=clock)
    session.flush()
    return len(accounts)


def withdraw_consent(session: Session, email: str, *, clock: Clock = utcnow) -> None:
    """Withdrawal of consent (Art. 7(3)) given through the website's subscribe form.

    Cookie consent is withdrawn in the browser through the cookie banner (``/consent`` in
    ``contact_centre.web``), which also expires the cookies set under it.
    """
    opt_out(session, email, clock=clock)
    log.info("marketing consent withdrawn")

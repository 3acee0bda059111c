"""Purge jobs: one per retention rule of privacy.toml, each filtering on its anchor field.

- usage: P1Y after usage.collected (``PageView.viewed_at``): ``purge_usage``
- contract: P6Y after contract.terminated (``Contract.terminated_at``): ``purge_contracts``
- account: P6M after contract.terminated: ``purge_accounts``
- correspondence: P6Y after the latest of correspondence.sent (``Message.sent_at``) and
  contract.terminated: ``purge_correspondence``
- marketing: until marketing.opted_out (``Subscription.opted_out_at``), keeping the suppression
  entry: ``purge_opted_out``
- crm (processor): P30D after crm.service_ended (``Tenant.service_ended_at``):
  ``purge_ended_tenants``

Each job takes the session and a clock and returns how many rows it deleted; the caller
commits. ``run_all`` is what the nightly scheduler calls.
"""

from __future__ import annotations

import datetime as dt
import logging

from sqlalchemy import delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from contact_centre.accounts.models import Account
from contact_centre.clock import Clock, utcnow
from contact_centre.contracts.models import Contract, Customer
from contact_centre.correspondence.models import Enquiry, Message
from contact_centre.crm.models import ChatSession, EndCustomer, Tenant
from contact_centre.marketing.models import Subscription
from contact_centre.marketing.suppression import email_digest, suppress_digest
from contact_centre.privacy.periods import months_before, years_before
from contact_centre.usage.models import PageView

log = logging.getLogger(__name__)


def _ended_customers(cutoff: dt.datetime):  # type: ignore[no-untyped-def]
    """Ids of customers all of whose contracts terminated before ``cutoff``."""
    live_or_recent = exists().where(
        Contract.customer_id == Customer.id,
        or_(Contract.terminated_at.is_(None), Contract.terminated_at >= cutoff),
    )
    had_contract = exists().where(Contract.customer_id == Customer.id)
    return select(Customer.id).where(had_contract, ~live_or_recent)


def _unlink_usage(session: Session, account_ids) -> None:  # type: ignore[no-untyped-def]
    """Usage rows only point at an account; they stay (their own rule deletes them), unlinked."""
    session.execute(
        update(PageView).where(PageView.account_id.in_(account_ids)).values(account_id=None)
    )


def purge_usage(session: Session, *, clock: Clock = utcnow) -> int:
    """Usage data: one year after collection."""
    cutoff = years_before(clock(), 1)
    result = session.execute(delete(PageView).where(PageView.viewed_at < cutoff))
    return result.rowcount or 0


def purge_accounts(session: Session, *, clock: Clock = utcnow) -> int:
    """Account data: six months after the customer's (last) contract terminated."""
    cutoff = months_before(clock(), 6)
    doomed = select(Account.id).where(Account.customer_id.in_(_ended_customers(cutoff)))
    _unlink_usage(session, doomed)
    result = session.execute(delete(Account).where(Account.id.in_(doomed)))
    return result.rowcount or 0


def purge_contracts(session: Session, *, clock: Clock = utcnow) -> int:
    """Contract data: six years after the customer's (last) contract terminated.

    Deletes the customer with its contacts and contracts, and cuts the link from correspondence
    (which has its own, possibly later, deadline).
    """
    cutoff = years_before(clock(), 6)
    customer_ids = list(session.scalars(_ended_customers(cutoff)))
    count = 0
    for customer in session.scalars(select(Customer).where(Customer.id.in_(customer_ids))):
        contract_ids = [c.id for c in customer.contracts]
        session.execute(
            update(Enquiry).where(Enquiry.contract_id.in_(contract_ids)).values(contract_id=None)
        )
        # Accounts and the platform data of the customer's tenants have shorter rules and are
        # normally gone already; anything left over is past its own deadline too.
        tenants = select(Tenant.id).where(Tenant.customer_id == customer.id)
        for chat in session.scalars(select(ChatSession).where(ChatSession.tenant_id.in_(tenants))):
            session.delete(chat)
        session.execute(delete(EndCustomer).where(EndCustomer.tenant_id.in_(tenants)))
        session.execute(delete(Tenant).where(Tenant.customer_id == customer.id))
        accounts = select(Account.id).where(Account.customer_id == customer.id)
        _unlink_usage(session, accounts)
        session.execute(delete(Account).where(Account.customer_id == customer.id))
        session.delete(customer)
        count += 1
    session.flush()
    return count


def purge_correspondence(session: Session, *, clock: Clock = utcnow) -> int:
    """Correspondence data: six years after the later of the message date and the termination
    of the contract it relates to; a thread goes with its last message."""
    cutoff = years_before(clock(), 6)
    contract_over = or_(
        Enquiry.contract_id.is_(None),
        exists().where(
            Contract.id == Enquiry.contract_id,
            Contract.terminated_at.is_not(None),
            Contract.terminated_at < cutoff,
        ),
    )
    expired = (
        select(Message.id)
        .join(Enquiry, Message.enquiry_id == Enquiry.id)
        .where(Message.sent_at < cutoff, contract_over)
    )
    result = session.execute(delete(Message).where(Message.id.in_(expired)))
    empty = select(Enquiry.id).where(~exists().where(Message.enquiry_id == Enquiry.id))
    session.execute(delete(Enquiry).where(Enquiry.id.in_(empty)))
    return result.rowcount or 0


def purge_opted_out(session: Session, *, clock: Clock = utcnow) -> int:
    """Marketing data: gone once the person opted out, except the suppression entry (the
    ``keep`` of privacy.toml), which is written first so the opt-out is never forgotten."""
    opted_out = list(
        session.scalars(select(Subscription).where(Subscription.opted_out_at.is_not(None)))
    )
    for subscription in opted_out:
        suppress_digest(session, email_digest(subscription.email), clock=clock)
        session.delete(subscription)
    session.flush()
    return len(opted_out)


def purge_ended_tenants(session: Session, *, clock: Clock = utcnow) -> int:
    """Processor data: 30 days after a tenant's service ended (deletion after any return)."""
    cutoff = clock() - dt.timedelta(days=30)
    tenant_ids = select(Tenant.id).where(
        Tenant.service_ended_at.is_not(None), Tenant.service_ended_at < cutoff
    )
    count = 0
    for chat in session.scalars(select(ChatSession).where(ChatSession.tenant_id.in_(tenant_ids))):
        session.delete(chat)
        count += 1
    result = session.execute(delete(EndCustomer).where(EndCustomer.tenant_id.in_(tenant_ids)))
    session.flush()
    return count + (result.rowcount or 0)


JOBS = (
    purge_usage,
    purge_accounts,
    purge_contracts,
    purge_correspondence,
    purge_opted_out,
    purge_ended_tenants,
)


def run_all(session: Session, *, clock: Clock = utcnow) -> dict[str, int]:
    """Run every purge job in order; returns rows deleted per job."""
    counts = {job.__name__: job(session, clock=clock) for job in JOBS}
    log.info("retention run: %s", counts)
    return counts


def oldest_page_view(session: Session) -> dt.datetime | None:
    """For monitoring: the oldest usage record still held."""
    return session.scalar(select(func.min(PageView.viewed_at)))

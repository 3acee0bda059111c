"""Recording page views (legitimate interests: monitoring, improving and protecting the site).

No cookie is needed for this server-side record, so it runs without cookie consent; an account
holder who objected (Art. 21) or restricted processing (Art. 18) is not tracked.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from contact_centre.accounts.models import Account
from contact_centre.clock import Clock, utcnow
from contact_centre.usage.models import PageView

# Maps an IP address to a coarse location ("GB", "GB-MAN"); the default knows nothing.
GeoLookup = Callable[[str], str | None]


def no_geo(_ip: str) -> str | None:
    return None


def record_page_view(
    session: Session,
    *,
    ip_address: str,
    path: str,
    user_agent: str | None = None,
    referrer: str | None = None,
    account: Account | None = None,
    geo: GeoLookup = no_geo,
    clock: Clock = utcnow,
) -> PageView | None:
    """Store one page view, unless the logged-in account objected or restricted processing."""
    if account is not None and (account.objected_at or account.restricted_at):
        return None
    view = PageView(
        account_id=account.id if account is not None else None,
        ip_address=ip_address,
        user_agent=user_agent,
        referrer=referrer,
        path=path,
        approx_location=geo(ip_address),
        viewed_at=clock(),
    )
    session.add(view)
    return view

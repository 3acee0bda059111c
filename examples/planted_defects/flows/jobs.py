"""Purge jobs: each filters on the field its retention is counted from."""

from __future__ import annotations

import datetime as dt

from flows.models import Subscriber, Ticket
from shop.models import Customer


def purge(now: dt.datetime) -> None:
    Customer.objects.filter(closed_at__lt=now - dt.timedelta(days=6 * 365)).delete()
    Ticket.objects.filter(closed_at__lt=now - dt.timedelta(days=2 * 365)).delete()
    Subscriber.objects.exclude(unsubscribed_at__isnull=True).delete()

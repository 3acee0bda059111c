"""Records used by the planted flow defects."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass
class Delivery:
    id: int
    postal_address: str
    delivered_at: dt.datetime | None = None


@dataclass
class Ticket:
    id: int
    message: str
    closed_at: dt.datetime | None = None  # the manifest binds `resolved_at`: PRV401


@dataclass
class Subscriber:
    id: int
    email: str
    unsubscribed_at: dt.datetime | None = None

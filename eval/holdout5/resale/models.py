"""Sellers, listings, offers and reviews for the second-hand marketplace."""

from __future__ import annotations

from datetime import datetime, timezone

from . import db


def _now() -> datetime:
    return datetime.now(timezone.utc)


class Member(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(40), unique=True, nullable=False)
    email = db.Column(db.String(254), unique=True, nullable=False)
    password_hash = db.Column(db.String(256), nullable=False)
    first_name = db.Column(db.String(60))
    surname = db.Column(db.String(60))
    postcode = db.Column(db.String(10))
    town = db.Column(db.String(80))
    sold_count = db.Column(db.Integer, default=0)
    payout_sort_code = db.Column(db.String(8))
    payout_account_number = db.Column(db.String(8))
    wallet_balance = db.Column(db.Numeric(10, 2), default=0)
    is_banned = db.Column(db.Boolean, default=False)
    last_seen = db.Column(db.DateTime)
    joined = db.Column(db.DateTime, default=_now)

    listings = db.relationship("Listing", backref="seller", lazy="dynamic")


class Category(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(60), unique=True)
    parent_id = db.Column(db.Integer, db.ForeignKey("category.id"))
    size_chart = db.Column(db.String(20))


class Listing(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    seller_id = db.Column(db.Integer, db.ForeignKey("member.id"), nullable=False)
    category_id = db.Column(db.Integer, db.ForeignKey("category.id"))
    title = db.Column(db.String(120), nullable=False)
    description = db.Column(db.Text)
    condition = db.Column(db.String(20), default="good")
    brand = db.Column(db.String(60))
    size = db.Column(db.String(12))
    colour = db.Column(db.String(30))
    price = db.Column(db.Numeric(10, 2), nullable=False)
    postage_price = db.Column(db.Numeric(6, 2))
    collection_only = db.Column(db.Boolean, default=False)
    status = db.Column(db.String(12), default="live")
    views = db.Column(db.Integer, default=0)
    created = db.Column(db.DateTime, default=_now)


class Offer(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    listing_id = db.Column(db.Integer, db.ForeignKey("listing.id"))
    buyer_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    amount = db.Column(db.Numeric(10, 2))
    message = db.Column(db.Text)
    accepted = db.Column(db.Boolean)
    expires_at = db.Column(db.DateTime)


class Order(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    listing_id = db.Column(db.Integer, db.ForeignKey("listing.id"))
    buyer_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    total = db.Column(db.Numeric(10, 2))
    buyer_protection_fee = db.Column(db.Numeric(6, 2))
    ship_to_name = db.Column(db.String(120))
    ship_to_line1 = db.Column(db.String(200))
    ship_to_line2 = db.Column(db.String(200))
    ship_to_city = db.Column(db.String(80))
    ship_to_postcode = db.Column(db.String(10))
    tracking_number = db.Column(db.String(40))
    carrier = db.Column(db.String(30))
    dispatched_at = db.Column(db.DateTime)


class Review(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    order_id = db.Column(db.Integer, db.ForeignKey("order.id"), unique=True)
    reviewer_id = db.Column(db.Integer, db.ForeignKey("member.id"))
    stars = db.Column(db.SmallInteger)
    text = db.Column(db.Text)
    created = db.Column(db.DateTime, default=_now)

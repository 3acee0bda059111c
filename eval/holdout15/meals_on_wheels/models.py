from datetime import datetime

from . import db


class User(db.Model):
    __tablename__ = "users"

    id = db.Column(db.Integer, primary_key=True)
    username = db.Column(db.String(40), unique=True, nullable=False)
    email = db.Column(db.String(254), unique=True)
    password_hash = db.Column(db.String(255), nullable=False)
    is_active = db.Column(db.Boolean, default=True)
    last_login_at = db.Column(db.DateTime)


class Round(db.Model):
    __tablename__ = "rounds"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(60), nullable=False)
    kitchen_postcode = db.Column(db.String(10))
    van_registration = db.Column(db.String(8))
    driver_id = db.Column(db.Integer, db.ForeignKey("users.id"))


class Recipient(db.Model):
    __tablename__ = "recipients"

    id = db.Column(db.Integer, primary_key=True)
    round_id = db.Column(db.Integer, db.ForeignKey("rounds.id"))
    stop_order = db.Column(db.Integer)
    title = db.Column(db.String(10))
    full_name = db.Column(db.String(120), nullable=False)
    address_line1 = db.Column(db.String(120), nullable=False)
    address_line2 = db.Column(db.String(120))
    postcode = db.Column(db.String(10), nullable=False)
    phone = db.Column(db.String(20))
    next_of_kin_name = db.Column(db.String(120))
    next_of_kin_phone = db.Column(db.String(20))
    key_safe_code = db.Column(db.String(12))
    lives_alone = db.Column(db.Boolean, default=False)
    dietary_needs = db.Column(db.String(200))
    iddsi_level = db.Column(db.Integer)
    meal_account_balance = db.Column(db.Numeric(8, 2), default=0)
    active = db.Column(db.Boolean, default=True)
    started_on = db.Column(db.Date, default=datetime.utcnow)

    round = db.relationship("Round", backref="recipients")


class Meal(db.Model):
    __tablename__ = "meals"

    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(80), nullable=False)
    allergens = db.Column(db.String(200))
    iddsi_level = db.Column(db.Integer, default=7)
    price = db.Column(db.Numeric(5, 2))
    is_halal = db.Column(db.Boolean, default=False)


class DeliveryCheck(db.Model):
    __tablename__ = "delivery_checks"

    id = db.Column(db.Integer, primary_key=True)
    recipient_id = db.Column(db.Integer, db.ForeignKey("recipients.id"), nullable=False)
    meal_id = db.Column(db.Integer, db.ForeignKey("meals.id"))
    driver_id = db.Column(db.Integer, db.ForeignKey("users.id"))
    delivered_at = db.Column(db.DateTime, default=datetime.utcnow)
    outcome = db.Column(db.String(20), default="delivered")
    welfare_notes = db.Column(db.Text)

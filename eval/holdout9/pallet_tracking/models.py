from datetime import datetime

from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


class Site(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    name = db.Column(db.String(120), nullable=False)
    gln = db.Column(db.String(13), unique=True)
    address = db.Column(db.Text)
    postcode = db.Column(db.String(10))
    latitude = db.Column(db.Float)
    longitude = db.Column(db.Float)
    contact_email = db.Column(db.String(254))
    contact_phone = db.Column(db.String(32))
    site_manager = db.Column(db.String(120))
    dock_doors = db.Column(db.Integer, default=4)


class Pallet(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    sscc = db.Column(db.String(18), unique=True, nullable=False)
    pallet_type = db.Column(db.String(20), default="UK standard")
    pool_owner = db.Column(db.String(40))  # CHEP, LPR, own
    status = db.Column(db.String(20), default="in_pool")
    current_site_id = db.Column(db.Integer, db.ForeignKey("site.id"))
    gross_weight_kg = db.Column(db.Numeric(7, 1))
    age_days = db.Column(db.Integer)
    last_scanned_at = db.Column(db.DateTime)
    created_at = db.Column(db.DateTime, default=datetime.utcnow)

    current_site = db.relationship(Site)


class ScanEvent(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    pallet_id = db.Column(db.Integer, db.ForeignKey("pallet.id"), nullable=False)
    site_id = db.Column(db.Integer, db.ForeignKey("site.id"))
    scanner_id = db.Column(db.String(32))
    event_type = db.Column(db.String(20))  # receive, dispatch, repair, write_off
    scanned_by = db.Column(db.String(64))
    scanned_at = db.Column(db.DateTime, default=datetime.utcnow)
    lat = db.Column(db.Float)
    lng = db.Column(db.Float)


class Consignment(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    reference = db.Column(db.String(20), unique=True)
    origin_site_id = db.Column(db.Integer, db.ForeignKey("site.id"))
    destination_site_id = db.Column(db.Integer, db.ForeignKey("site.id"))
    haulier = db.Column(db.String(80))
    trailer_number = db.Column(db.String(20))
    driver_name = db.Column(db.String(120))
    driver_mobile = db.Column(db.String(32))
    pallet_count = db.Column(db.Integer)
    dispatched_at = db.Column(db.DateTime)
    delivered_at = db.Column(db.DateTime)
    pod_signature = db.Column(db.LargeBinary)
    pod_signed_name = db.Column(db.String(120))

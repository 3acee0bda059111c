from datetime import datetime

from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Site(Base):
    __tablename__ = "sites"

    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False)
    address = Column(Text)
    timezone = Column(String(40), default="Europe/London")
    support_contact_email = Column(String(254))
    maintenance_window = Column(String(20), default="02:00-05:00")


class Kiosk(Base):
    __tablename__ = "kiosks"

    id = Column(Integer, primary_key=True)
    serial = Column(String(24), unique=True, nullable=False)
    site_id = Column(Integer, ForeignKey("sites.id"))
    model = Column(String(40))
    os_version = Column(String(20))
    app_version = Column(String(20))
    channel = Column(String(10), default="stable")
    ip_address = Column(String(45))
    mac_address = Column(String(17))
    last_checkin = Column(DateTime)
    locked_down = Column(Boolean, default=True)

    site = relationship("Site")


class Operator(Base):
    __tablename__ = "operators"

    id = Column(Integer, primary_key=True)
    username = Column(String(40), unique=True, nullable=False)
    email = Column(String(254), nullable=False)
    password_hash = Column(String(255), nullable=False)
    api_token = Column(String(64), unique=True)
    is_admin = Column(Boolean, default=False)
    last_login_at = Column(DateTime)


class Release(Base):
    __tablename__ = "releases"

    id = Column(Integer, primary_key=True)
    version = Column(String(20), unique=True, nullable=False)
    channel = Column(String(10), nullable=False)
    sha256 = Column(String(64), nullable=False)
    size_bytes = Column(BigInteger)
    signed_by = Column(String(40))
    release_notes = Column(Text)
    published_at = Column(DateTime, default=datetime.utcnow)


class Rollout(Base):
    __tablename__ = "rollouts"

    id = Column(Integer, primary_key=True)
    release_id = Column(Integer, ForeignKey("releases.id"), nullable=False)
    percentage = Column(Integer, default=5)
    paused = Column(Boolean, default=False)
    created_by_id = Column(Integer, ForeignKey("operators.id"))
    created_at = Column(DateTime, default=datetime.utcnow)


class UpdateAttempt(Base):
    __tablename__ = "update_attempts"

    id = Column(BigInteger, primary_key=True)
    kiosk_id = Column(Integer, ForeignKey("kiosks.id"), nullable=False)
    release_id = Column(Integer, ForeignKey("releases.id"), nullable=False)
    started_at = Column(DateTime, default=datetime.utcnow)
    finished_at = Column(DateTime)
    result = Column(String(12))
    error_code = Column(String(20))
    log_excerpt = Column(Text)

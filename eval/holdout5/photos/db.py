"""Tables of the photo-sharing app (classic declarative SQLAlchemy)."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    func,
)
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()


class Account(Base):
    __tablename__ = "accounts"

    id = Column(BigInteger, primary_key=True)
    handle = Column(String(30), unique=True, nullable=False)
    display_name = Column(String(80))
    bio = Column(String(300))
    website = Column(String(200))
    profile_picture_key = Column(String(200))
    email = Column(String(254), unique=True)
    phone_number = Column(String(20))
    is_private = Column(Boolean, default=False)
    account_type = Column(String(12), default="personal")
    followers_count = Column(Integer, default=0)
    banned_until = Column(DateTime(timezone=True))
    created_at = Column(DateTime(timezone=True), server_default=func.now())

    photos = relationship("Photo", back_populates="owner")


class Photo(Base):
    __tablename__ = "photos"

    id = Column(BigInteger, primary_key=True)
    owner_id = Column(BigInteger, ForeignKey("accounts.id"), index=True)
    owner = relationship("Account", back_populates="photos")
    storage_key = Column(String(200), nullable=False)
    width = Column(Integer)
    height = Column(Integer)
    caption = Column(Text)
    alt_text = Column(String(500))
    filter_name = Column(String(30))
    camera_model = Column(String(80))
    latitude = Column(Float)
    longitude = Column(Float)
    place_name = Column(String(120))
    taken_at = Column(DateTime(timezone=True))
    uploaded_at = Column(DateTime(timezone=True), server_default=func.now())
    like_count = Column(Integer, default=0)


class FaceTag(Base):
    __tablename__ = "face_tags"

    id = Column(BigInteger, primary_key=True)
    photo_id = Column(BigInteger, ForeignKey("photos.id"))
    tagged_account_id = Column(BigInteger, ForeignKey("accounts.id"))
    box_x = Column(Float)
    box_y = Column(Float)
    box_w = Column(Float)
    box_h = Column(Float)
    face_embedding = Column(Text)
    approved = Column(Boolean, default=False)


class Follow(Base):
    __tablename__ = "follows"

    follower_id = Column(BigInteger, ForeignKey("accounts.id"), primary_key=True)
    followee_id = Column(BigInteger, ForeignKey("accounts.id"), primary_key=True)
    created_at = Column(DateTime(timezone=True), server_default=func.now())


class DirectMessage(Base):
    __tablename__ = "direct_messages"

    id = Column(BigInteger, primary_key=True)
    thread_id = Column(BigInteger, index=True)
    sender_id = Column(BigInteger, ForeignKey("accounts.id"))
    text = Column(Text)
    shared_photo_id = Column(BigInteger, ForeignKey("photos.id"))
    read_at = Column(DateTime(timezone=True))
    sent_at = Column(DateTime(timezone=True), server_default=func.now())

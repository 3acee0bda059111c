from datetime import datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import INET
from sqlalchemy.orm import declarative_base

Base = declarative_base()


class Project(Base):
    __tablename__ = "projects"

    id = Column(Integer, primary_key=True)
    key = Column(String(40), unique=True, nullable=False)
    name = Column(String(120), nullable=False)
    owner_team = Column(String(60))
    created_at = Column(DateTime, default=datetime.utcnow)


class Environment(Base):
    __tablename__ = "environments"

    id = Column(Integer, primary_key=True)
    project_id = Column(Integer, ForeignKey("projects.id"), nullable=False)
    name = Column(String(40), nullable=False)
    sdk_key = Column(String(64), unique=True, nullable=False)
    mobile_key = Column(String(64), unique=True)
    is_production = Column(Boolean, default=False)


class User(Base):
    __tablename__ = "users"

    id = Column(Integer, primary_key=True)
    email = Column(String(254), unique=True, nullable=False)
    name = Column(String(120))
    role = Column(String(20), default="reader")
    password_hash = Column(String(255))
    api_token = Column(String(64), unique=True)
    last_login_at = Column(DateTime)


class Flag(Base):
    __tablename__ = "flags"

    id = Column(Integer, primary_key=True)
    project_id = Column(Integer, ForeignKey("projects.id"), nullable=False)
    key = Column(String(80), nullable=False)
    name = Column(String(120), nullable=False)
    description = Column(Text)
    kind = Column(String(10), default="boolean")
    default_variation = Column(SmallInteger, default=0)
    tags = Column(JSON, default=list)
    archived = Column(Boolean, default=False)
    maintainer_id = Column(Integer, ForeignKey("users.id"))
    created_at = Column(DateTime, default=datetime.utcnow)


class TargetingRule(Base):
    __tablename__ = "targeting_rules"

    id = Column(Integer, primary_key=True)
    flag_id = Column(Integer, ForeignKey("flags.id"), nullable=False)
    environment_id = Column(Integer, ForeignKey("environments.id"), nullable=False)
    priority = Column(SmallInteger, nullable=False)
    clauses = Column(JSON, nullable=False)
    variation = Column(SmallInteger)
    rollout_percentage = Column(SmallInteger)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    flag_id = Column(Integer, ForeignKey("flags.id"))
    actor_email = Column(String(254))
    action = Column(String(40), nullable=False)
    before = Column(JSON)
    after = Column(JSON)
    comment = Column(Text)
    ip_address = Column(INET)
    created_at = Column(DateTime, default=datetime.utcnow)

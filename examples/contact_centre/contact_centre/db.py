"""Database plumbing: the declarative base, engine and session factory.

SQLite keeps the example self-contained; nothing here is SQLite-specific beyond the default
URL, so the same models run on PostgreSQL in production.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker


class Base(DeclarativeBase):
    """Base class of every table of the application."""


def make_engine(url: str = "sqlite://") -> Engine:
    """An engine with foreign keys enforced (SQLite leaves them off unless asked)."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _enable_foreign_keys(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def create_schema(engine: Engine) -> None:
    """Create every table. Importing the model modules registers them on ``Base.metadata``."""
    from contact_centre.accounts import models as _accounts  # noqa: F401
    from contact_centre.contracts import models as _contracts  # noqa: F401
    from contact_centre.correspondence import models as _correspondence  # noqa: F401
    from contact_centre.crm import models as _crm  # noqa: F401
    from contact_centre.marketing import models as _marketing  # noqa: F401
    from contact_centre.usage import models as _usage  # noqa: F401

    Base.metadata.create_all(engine)


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Sessions that keep loaded objects usable after commit (handy in request handlers)."""
    return sessionmaker(engine, expire_on_commit=False)

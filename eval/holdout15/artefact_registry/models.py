from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    email: Mapped[str] = mapped_column(String(254))
    display_name: Mapped[str | None] = mapped_column(String(120))
    is_admin: Mapped[bool] = mapped_column(default=False)
    last_login_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class Repository(Base):
    __tablename__ = "repositories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    visibility: Mapped[str] = mapped_column(String(10), default="internal")
    storage_backend: Mapped[str] = mapped_column(String(20), default="s3")
    retention_days: Mapped[int] = mapped_column(default=90)
    owner_team: Mapped[str] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)


class Artefact(Base):
    __tablename__ = "artefacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    repository_id: Mapped[int] = mapped_column(ForeignKey("repositories.id"))
    name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(60))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    content_type: Mapped[str] = mapped_column(String(80))
    signature: Mapped[str | None] = mapped_column(Text)
    uploaded_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)
    uploaded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    download_count: Mapped[int] = mapped_column(default=0)
    last_downloaded_at: Mapped[datetime | None]
    yanked: Mapped[bool] = mapped_column(default=False)

    repository: Mapped["Repository"] = relationship()
    uploaded_by: Mapped["User | None"] = relationship()


class RunnerToken(Base):
    __tablename__ = "runner_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    runner_name: Mapped[str] = mapped_column(String(60))
    token: Mapped[str] = mapped_column(String(64), unique=True)
    repository_id: Mapped[int] = mapped_column(ForeignKey("repositories.id"))


class DownloadLog(Base):
    __tablename__ = "download_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    artefact_id: Mapped[int] = mapped_column(ForeignKey("artefacts.id"))
    client_ip: Mapped[str] = mapped_column(String(45))
    user_agent: Mapped[str] = mapped_column(String(300))
    downloaded_at: Mapped[datetime] = mapped_column(default=datetime.utcnow)

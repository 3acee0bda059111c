from __future__ import annotations

from analysis_snippets import fields, frameworks, run


def test_declarative_2_0_mapped_columns() -> None:
    facts = run(
        """
        from datetime import datetime
        from typing import Optional
        from sqlalchemy import DateTime, ForeignKey, String
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

        class Base(DeclarativeBase):
            pass

        class Customer(Base):
            __tablename__ = "customers"
            id: Mapped[int] = mapped_column(primary_key=True)
            email: Mapped[str] = mapped_column(String(200), unique=True, comment="login")
            closed_at: Mapped[datetime | None] = mapped_column(DateTime)
            nickname: Mapped[Optional[str]]
            orders: Mapped[list["Order"]] = relationship(back_populates="customer")

        class Order(Base):
            __tablename__ = "orders"
            customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
            customer: Mapped["Customer"] = relationship(back_populates="orders")
        """
    )
    assert frameworks(facts) == {
        "Base": "sqlalchemy",
        "Customer": "sqlalchemy",
        "Order": "sqlalchemy",
    }
    found = fields(facts)
    assert "app.Customer.__tablename__" not in found
    assert found["app.Customer.closed_at"].types == ("datetime", "DateTime")
    assert found["app.Customer.email"].types == ("str", "String")
    assert found["app.Customer.email"].metadata == (("comment", "login"),)
    assert found["app.Customer.nickname"].types == ("str",)
    assert found["app.Customer.orders"].related == "Order"
    assert found["app.Order.customer_id"].types == ("int", "ForeignKey")
    assert found["app.Order.customer_id"].related == "customers"
    assert found["app.Order.customer"].related == "Customer"


def test_classic_columns_with_declarative_base_call() -> None:
    facts = run(
        """
        from sqlalchemy import Column, ForeignKey, Integer, String
        from sqlalchemy.orm import declarative_base, relationship

        Base = declarative_base()

        class Address(Base):
            __tablename__ = "addresses"
            id = Column(Integer, primary_key=True)
            street = Column("street_line", String(120))
            postcode = Column(String(10), doc="Postal code")
            customer_id = Column(Integer, ForeignKey("crm.customers.id"))
            customer = relationship("Customer")
        """
    )
    found = fields(facts)
    assert frameworks(facts) == {"Address": "sqlalchemy"}
    assert found["app.Address.street"].types == ("String",)
    assert found["app.Address.street"].metadata == (("column", "street_line"),)
    assert found["app.Address.postcode"].metadata == (("doc", "Postal code"),)
    assert found["app.Address.customer_id"].types == ("Integer", "ForeignKey")
    assert found["app.Address.customer_id"].related == "crm.customers"
    assert found["app.Address.customer"].types == ("relationship",)
    assert found["app.Address.customer"].related == "Customer"


def test_flask_sqlalchemy_db_model() -> None:
    facts = run(
        """
        from flask_sqlalchemy import SQLAlchemy

        db = SQLAlchemy()

        class User(db.Model):
            email = db.Column(db.String(120), unique=True)
            query_class = None
        """
    )
    assert frameworks(facts) == {"User": "sqlalchemy"}
    assert fields(facts)["app.User.email"].types == ("String",)
    assert "app.User.query_class" not in fields(facts)


def test_registry_mapped_decorator() -> None:
    facts = run(
        """
        from sqlalchemy.orm import Mapped, registry

        reg = registry()

        @reg.mapped
        class Visit:
            __tablename__ = "visits"
            ip: Mapped[str]
        """
    )
    assert frameworks(facts) == {"Visit": "sqlalchemy"}


def test_sqlmodel_table_and_plain() -> None:
    facts = run(
        """
        from typing import Optional
        from sqlmodel import Field, Relationship, SQLModel

        class HeroBase(SQLModel):
            name: str = Field(index=True, description="Public name")

        class Hero(HeroBase, table=True):
            id: Optional[int] = Field(default=None, primary_key=True)
            team_id: Optional[int] = Field(default=None, foreign_key="team.id")
            team: Optional["Team"] = Relationship(back_populates="heroes")
        """
    )
    assert frameworks(facts) == {"HeroBase": "sqlmodel", "Hero": "sqlmodel"}
    found = fields(facts)
    assert found["app.HeroBase.name"].metadata == (("description", "Public name"),)
    assert found["app.HeroBase.name"].types == ("str",)
    assert found["app.Hero.team_id"].related == "team"
    assert found["app.Hero.team"].related == "Team"


def test_not_sqlalchemy_without_a_base() -> None:
    facts = run(
        """
        from sqlalchemy import Column, String

        class Helper:
            email = Column(String)
        """
    )
    assert frameworks(facts) == {}
    assert fields(facts) == {}


def test_core_table_columns() -> None:
    facts = run(
        """
        import sqlalchemy as sa

        metadata = sa.MetaData()
        visits = sa.Table(
            "visits",
            metadata,
            sa.Column("id", sa.Integer, primary_key=True),
            sa.Column("ip_address", sa.String(45), comment="client address"),
            sa.Column("customer_id", sa.ForeignKey("customers.id")),
            sa.UniqueConstraint("ip_address"),
        )
        """
    )
    assert frameworks(facts) == {"visits": "sqlalchemy"}
    found = fields(facts)
    assert set(found) == {"app.visits.id", "app.visits.ip_address", "app.visits.customer_id"}
    ip = found["app.visits.ip_address"]
    assert ip.types == ("String",)
    assert ip.metadata == (("column", "ip_address"), ("comment", "client address"))
    assert ip.span.line == 9
    assert found["app.visits.customer_id"].related == "customers"


def test_declared_attr_columns_on_mapped_classes_and_mixins() -> None:
    facts = run(
        """
        from sqlalchemy import Column, ForeignKey, Integer, String
        from sqlalchemy.orm import Mapped, declarative_base, declared_attr, relationship

        Base = declarative_base()

        class AuditMixin:
            @declared_attr
            def created_by_fk(cls):
                return Column(Integer, ForeignKey("ab_user.id"), nullable=False)

            @declared_attr
            def created_by(cls):
                return relationship("User")

            @declared_attr
            def __tablename__(cls):
                return cls.__name__.lower()

            def helper(self):
                return Column(Integer)

        class User(Base):
            __tablename__ = "ab_user"
            id = Column(Integer, primary_key=True)

            @declared_attr.directive
            def changed_by_fk(cls) -> Mapped[int]:
                return Column(Integer, ForeignKey("ab_user.id"))

        class Plain:
            def name(self):
                return String(10)
        """
    )
    assert frameworks(facts)["AuditMixin"] == "sqlalchemy"
    assert "Plain" not in frameworks(facts) or frameworks(facts)["Plain"] != "sqlalchemy"
    found = fields(facts)
    assert found["app.AuditMixin.created_by_fk"].related == "ab_user"
    assert found["app.AuditMixin.created_by"].related == "User"
    assert found["app.User.changed_by_fk"].types[:1] == ("int",)
    assert "app.AuditMixin.helper" not in found
    assert "app.AuditMixin.__tablename__" not in found


def test_a_mixin_with_annotations_and_declared_attrs_is_one_class() -> None:
    facts = run(
        """
        from sqlalchemy import Column, ForeignKey, Integer
        from sqlalchemy.orm import declared_attr

        class OwnedMixin:
            note: str

            @declared_attr
            def owner_id(cls):
                return Column(Integer, ForeignKey("users.id"))
        """
    )
    assert [c.symbol for c in facts.classes].count("app.OwnedMixin") == 1
    assert {"app.OwnedMixin.note", "app.OwnedMixin.owner_id"} <= set(fields(facts))


def test_identity_and_sequence_column_arguments_are_no_types() -> None:
    facts = run(
        """
        from sqlalchemy import Identity, Integer, Sequence
        from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

        class Base(DeclarativeBase):
            pass

        class Token(Base):
            __tablename__ = "token"
            id: Mapped[int] = mapped_column("id", Integer, Identity(always=False), primary_key=True)
            serial: Mapped[int] = mapped_column(Integer, Sequence("serial_seq"))
        """,
        "app/models.py",
        "app.models",
    )
    found = fields(facts)
    assert "Identity" not in found["app.models.Token.id"].types
    assert "Sequence" not in found["app.models.Token.serial"].types
    assert "Integer" in found["app.models.Token.serial"].types


def test_a_flask_sqlalchemy_association_table_lists_its_columns() -> None:
    source = """
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()

billowers = db.Table(
    "billowers",
    db.Column("bill_id", db.Integer, db.ForeignKey("bill.id"), primary_key=True),
    db.Column("person_id", db.Integer, db.ForeignKey("person.id"), primary_key=True),
)
"""
    found = fields(run(source))
    assert found["app.billowers.person_id"].related == "person"
    assert found["app.billowers.person_id"].span.line == 9
    assert set(found) == {"app.billowers.bill_id", "app.billowers.person_id"}

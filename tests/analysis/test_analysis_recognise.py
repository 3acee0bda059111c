"""Classes whose base lives in another file of the project."""

from __future__ import annotations

from analysis_snippets import fields, frameworks, run


def test_cross_file_django_base_by_field_constructors() -> None:
    facts = run(
        """
        from django.db import models
        from core.mixins import Audited

        class Customer(Audited):
            email = models.EmailField()
        """
    )
    assert frameworks(facts) == {"Customer": "django"}
    assert fields(facts)["app.Customer.email"].owner_bases == ("core.mixins.Audited",)


def test_cross_file_sqlalchemy_base_by_name_and_mapped() -> None:
    facts = run(
        """
        from .db import Base
        from .ext import Model
        from app.extensions import db

        class Customer(Base):
            __tablename__ = "customers"

        class Order(Model):
            total: Mapped[int]

        class Visit(db.Model):
            pass
        """,
        "shop/models.py",
        "shop.models",
    )
    assert frameworks(facts) == {
        "Customer": "sqlalchemy",
        "Order": "sqlalchemy",
        "Visit": "sqlalchemy",
    }
    assert facts.classes[0].bases == ("shop.db.Base",)


def test_cross_file_pydantic_and_django_names() -> None:
    facts = run(
        """
        from app.schemas import BaseModel
        from core.models import TimeStampedModel
        from api.base import BaseSerializer

        class Out(BaseModel):
            email: str

        class Customer(TimeStampedModel):
            pass

        class CustomerSerializer(BaseSerializer):
            pass
        """
    )
    assert frameworks(facts) == {
        "Out": "pydantic",
        "Customer": "django",
        "CustomerSerializer": "drf",
    }


def test_unknown_cross_file_base_stays_plain() -> None:
    facts = run(
        """
        from lib.things import Widget
        import enum

        class Gadget(Widget):
            email: str

        class Colour(enum.Enum):
            RED = 1
        """
    )
    assert frameworks(facts) == {"Gadget": "plain"}

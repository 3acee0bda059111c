from __future__ import annotations

from analysis_snippets import fields, frameworks, run


def test_v2_model_with_field_annotated_and_secret() -> None:
    facts = run(
        """
        from typing import Annotated, Optional
        from pydantic import BaseModel, ConfigDict, EmailStr, Field, SecretStr

        class SignUp(BaseModel):
            model_config = ConfigDict(extra="forbid")
            email: EmailStr = Field(..., description="Login address", alias="emailAddress")
            password: SecretStr
            phone: Annotated[Optional[str], Field(title="Mobile")] = None
            tags: list[str] = []
        """
    )
    assert frameworks(facts) == {"SignUp": "pydantic"}
    found = fields(facts)
    assert "app.SignUp.model_config" not in found
    assert found["app.SignUp.email"].types == ("EmailStr",)
    assert found["app.SignUp.email"].metadata == (
        ("description", "Login address"),
        ("alias", "emailAddress"),
    )
    assert found["app.SignUp.password"].types == ("SecretStr",)
    assert found["app.SignUp.phone"].types == ("str",)
    assert found["app.SignUp.phone"].metadata == (("title", "Mobile"),)
    assert found["app.SignUp.tags"].types == ("list", "str")


def test_v1_model_with_config_class_and_local_inheritance() -> None:
    facts = run(
        """
        import pydantic

        class Base(pydantic.BaseModel):
            class Config:
                orm_mode = True

        class Contact(Base):
            email: str = pydantic.Field(None, description="e-mail")
        """
    )
    assert frameworks(facts) == {"Base": "pydantic", "Contact": "pydantic"}
    assert list(fields(facts)) == ["app.Contact.email"]


def test_settings_and_create_model() -> None:
    facts = run(
        """
        from pydantic import create_model, Field
        from pydantic_settings import BaseSettings

        class Settings(BaseSettings):
            smtp_password: str
            support_email: str = "help@example.invalid"

        Person = create_model("Person", email=(str, Field(description="address")), age=int)
        """
    )
    assert frameworks(facts) == {"Settings": "pydantic_settings", "Person": "pydantic"}
    found = fields(facts)
    assert found["app.Settings.smtp_password"].framework == "pydantic_settings"
    assert found["app.Person.email"].metadata == (("description", "address"),)
    assert found["app.Person.age"].types == ("int",)


def test_not_pydantic_when_basemodel_is_local() -> None:
    facts = run(
        """
        class BaseModel:
            pass

        class Thing(BaseModel):
            email: str
        """
    )
    assert frameworks(facts) == {"Thing": "plain"}

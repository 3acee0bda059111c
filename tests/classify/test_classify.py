from __future__ import annotations

import pytest

from privlint.catalog.elements import ElementCatalog
from privlint.classify import classify_field, classify_name, explain_field, explain_name
from privlint.facts import InlineAnnotation

from .conftest import make_fact

# (class, field, types) -> expected element; the anchors' known false positives stay quiet.
QUIET = [
    ("Speaker", "megaphone", ()),
    ("Plan", "usage", ()),
    ("Customer", "lng", ()),
    ("Settings", "db_username", ()),
    ("Order", "gift_card_number", ()),
    ("Settings", "email_template", ()),
    ("User", "email_verified", ("BooleanField",)),
    ("User", "email_verified", ()),
    ("User", "password_hash", ()),
    ("Country", "phone_code", ()),
    ("Upload", "file_name", ()),
    ("Job", "race_condition", ()),
    ("Customer", "created_at", ("DateTimeField",)),
    ("Order", "email_sent_at", ("datetime",)),
    ("Cookie", "max_age", ("int",)),
    ("Product", "name", ()),
    ("User", "EMAIL_FIELD", ()),
    ("User", "has_phone", ("bool",)),
    ("Order", "transaction_id", ()),
    ("Settings", "support_email", ("EmailField",)),
    ("Hotel", "reception_phone", ()),
    ("Hotel", "latitude", ("float",)),
    ("SignupForm", "captcha_token", ()),
    ("Settings", "secret_name", ()),
    ("Payment", "payment_nonce", ()),
    ("Booking", "card_last4", ()),
]


@pytest.mark.parametrize(("owner", "name", "types"), QUIET)
def test_known_false_positives_stay_quiet(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...]
) -> None:
    assert classify_field(make_fact(owner, name, types), catalog) is None


FOUND = [
    ("Customer", "email", (), "contact.email"),
    ("Customer", "mobile_number", (), "contact.phone"),
    ("Customer", "billing_address", (), "contact.postal_address"),
    ("Address", "postcode", (), "contact.postal_address.postcode"),
    ("Customer", "first_name", (), "identity.name.first"),
    ("Customer", "surname", (), "identity.name.last"),
    ("Customer", "name", (), "identity.name"),
    ("Account", "username", (), "identity.username"),
    ("Employee", "ssn", (), "identity.national_id"),
    ("Guest", "passport_number", (), "identity.passport"),
    ("Visit", "remoteAddress", (), "online.ip_address"),
    ("Visit", "user_agent", (), "online.user_agent"),
    ("Device", "advertising_id", (), "online.advertising_id"),
    ("LoginRequest", "password", (), "credentials.password"),
    ("TokenPair", "refresh_token", (), "credentials.token"),
    ("Integration", "api_key", (), "credentials.secret"),
    ("Payment", "credit_card_number", (), "financial.card"),
    ("Payout", "iban", (), "financial.bank_account"),
    ("Employee", "salary", (), "financial.income"),
    ("Patient", "dob", (), "demographic.date_of_birth"),
    ("Patient", "ethnicity", (), "demographic.ethnicity"),
    ("Member", "union_member", ("bool",), "demographic.trade_union"),
    ("Employee", "job_title", (), "employment.job_title"),
    ("Ping", "latitude", (), "location.precise"),
    ("Patient", "diagnosis", (), "health.condition"),
    ("Patient", "is_smoker", ("bool",), "health.condition"),
    ("Patient", "weight_kg", ("float",), "health.measurement"),
    ("Sample", "dna_sequence", (), "genetic.data"),
    ("Employee", "fingerprint_template", (), "biometric.data"),
    ("User", "last_login", ("DateTimeField",), "behaviour.activity"),
    ("Message", "body", (), "content.message"),
    ("Customer", "notes", (), "content.note"),
    ("Customer", "status", (), "account.status"),
    ("Customer", "marketing_opt_in", ("bool",), "preferences.marketing"),
    ("Order", "password_reset_token", (), "credentials.token"),
]


@pytest.mark.parametrize(("owner", "name", "types", "element"), FOUND)
def test_true_positives_per_family(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...], element: str
) -> None:
    result = classify_field(make_fact(owner, name, types), catalog)
    assert result is not None, explain_field(make_fact(owner, name, types), catalog)[1].summary()
    assert result.element == element
    assert result.confidence >= 0.5
    assert result.source == "detector"


def test_special_flag_and_sensitivity(catalog: ElementCatalog) -> None:
    result = classify_field(make_fact("Patient", "diagnosis"), catalog)
    assert result is not None and result.special and result.sensitivity == "high"
    email = classify_field(make_fact("Customer", "email"), catalog)
    assert email is not None and not email.special


# ---- type gates -------------------------------------------------------------------------


def test_strong_type_alone_is_enough(catalog: ElementCatalog) -> None:
    result = classify_field(make_fact("Customer", "contact", ("models.EmailField",)), catalog)
    assert result is not None and result.element == "contact.email"
    ip = classify_field(make_fact("Event", "origin", ("GenericIPAddressField",)), catalog)
    assert ip is not None and ip.element == "online.ip_address"


def test_strong_type_raises_confidence(catalog: ElementCatalog) -> None:
    plain = classify_field(make_fact("Invite", "reply_email", ("str",)), catalog)
    typed = classify_field(make_fact("Invite", "reply_email", ("EmailStr",)), catalog)
    assert plain is not None and typed is not None
    assert typed.confidence > plain.confidence


def test_types_are_read_through_generics(catalog: ElementCatalog) -> None:
    fact = make_fact("Profile", "email_verified", ("Optional[bool]",))
    assert classify_field(fact, catalog) is None
    fact = make_fact("Profile", "backup", ("Optional[pydantic.EmailStr]",))
    result = classify_field(fact, catalog)
    assert result is not None and result.element == "contact.email"


def test_date_field_named_birth_is_stronger(catalog: ElementCatalog) -> None:
    dated = classify_field(make_fact("Person", "birth_date", ("DateField",)), catalog)
    plain = classify_field(make_fact("Person", "birth_date", ()), catalog)
    assert dated is not None and plain is not None
    assert dated.element == "demographic.date_of_birth"
    assert dated.confidence > plain.confidence


def test_boolean_rules_out_email(catalog: ElementCatalog) -> None:
    fact = make_fact("Customer", "email", ("BooleanField",))
    result, explanation = explain_field(fact, catalog)
    assert result is None
    assert "type 'BooleanField' rules out contact.email" in explanation.summary()


def test_secretstr_password(catalog: ElementCatalog) -> None:
    result = classify_field(make_fact("UserCreate", "password", ("SecretStr",)), catalog)
    assert result is not None and result.element == "credentials.password"


# ---- identifier rule ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "element"),
    [
        ("user_id", "identity.person_id"),
        ("customer_uuid", "identity.person_id"),
        ("patientId", "identity.person_id"),
        ("session_id", "online.session_id"),
        ("device_id", "online.device_id"),
        ("email_id", None),
        ("phone_id", None),
        ("order_id", None),
        ("client_id", None),
    ],
)
def test_identifier_rule(catalog: ElementCatalog, name: str, element: str | None) -> None:
    result = classify_name(name, catalog, owner="Event")
    assert (result.element if result else None) == element


def test_foreign_key_to_person_class(catalog: ElementCatalog) -> None:
    fact = make_fact("Order", "placed_by", ("ForeignKey",), related="auth.User")
    result = classify_field(fact, catalog)
    assert result is not None and result.element == "identity.person_id"
    assert "relationship to 'auth.User'" in result.explanation.summary()
    other = make_fact("Order", "warehouse", ("ForeignKey",), related="Warehouse")
    assert classify_field(other, catalog) is None


# ---- person context -----------------------------------------------------------------------


def test_name_needs_a_person_object(catalog: ElementCatalog) -> None:
    assert classify_name("name", catalog, owner="Customer") is not None
    assert classify_name("name", catalog, owner="CustomerSerializer") is not None
    assert classify_name("name", catalog, owner="Product") is None
    assert classify_name("name", catalog) is None
    assert classify_name("name", catalog, owner="UserGroup") is None


def test_person_object_through_base(catalog: ElementCatalog) -> None:
    fact = make_fact("Staffer", "name", ("str",), bases=("django.contrib.auth.AbstractUser",))
    result = classify_field(fact, catalog)
    assert result is not None and result.element == "identity.name"
    assert "through base" in result.explanation.summary()
    assert classify_field(make_fact("Staffer", "name", ("str",)), catalog) is None


def test_flow_owner_variable(catalog: ElementCatalog) -> None:
    result = classify_name("email", catalog, owner="customer", kind="attribute")
    assert result is not None and result.element == "contact.email"
    assert classify_name("status", catalog, owner="response", kind="attribute") is None


def test_organisation_objects_but_person_named_field(catalog: ElementCatalog) -> None:
    assert classify_name("phone", catalog, owner="Company") is None
    result = classify_name("manager_email", catalog, owner="Company")
    assert result is not None and result.element == "contact.email"


# ---- explanations -------------------------------------------------------------------------


def test_explanation_says_words_pattern_file_context_types(catalog: ElementCatalog) -> None:
    result = classify_field(make_fact("Visit", "remoteAddress"), catalog)
    assert result is not None
    labels = [label for label, _ in result.explanation.steps]
    assert labels[:3] == ["words", "context", "matched"]
    text = dict(result.explanation.steps)
    assert text["words"] == "'remoteAddress' -> 'remote address'"
    assert "not a person object, conservative patterns only" in text["context"]
    assert "online.ip_address (online.toml)" in text["matched"]
    assert "no type evidence" in text["types"]
    assert "confidence" in labels


def test_explanation_names_the_person_class(catalog: ElementCatalog) -> None:
    result = classify_field(make_fact("CustomerProfile", "email", ("EmailStr",)), catalog)
    assert result is not None
    summary = result.explanation.summary()
    assert "class 'CustomerProfile' is a person object (word 'profile')" in summary
    assert "type 'EmailStr' is strong evidence for contact.email" in summary


def test_explanation_lists_exclusions(catalog: ElementCatalog) -> None:
    result, explanation = explain_name("email_template", catalog, owner="User")
    assert result is None
    assert "'template' describes a setting" in explanation.summary()
    _, hashed = explain_name("password_hash", catalog, owner="User")
    assert "'hash' is a transformation word: not the value itself" in hashed.summary()


def test_explanation_of_a_constant(catalog: ElementCatalog) -> None:
    _, explanation = explain_name("EMAIL_FIELD", catalog, owner="User")
    assert "ALL_CAPS constant" in explanation.summary()


def test_metadata_is_secondary_evidence(catalog: ElementCatalog) -> None:
    fact = make_fact("Lead", "where_they_live", metadata=(("verbose_name", "Home address"),))
    result = classify_field(fact, catalog)
    assert result is not None and result.element == "contact.postal_address"
    assert result.confidence < 0.9
    assert "verbose_name 'home address'" in result.explanation.summary()


# ---- inline annotations -------------------------------------------------------------------


def test_inline_element_wins(catalog: ElementCatalog) -> None:
    fact = make_fact(
        "Widget", "blob", inline=InlineAnnotation(element="contact.email", category="marketing")
    )
    result = classify_field(fact, catalog)
    assert result is not None
    assert (result.element, result.source, result.category_hint) == (
        "contact.email",
        "inline",
        "marketing",
    )
    assert result.confidence == 1.0


def test_inline_not_personal(catalog: ElementCatalog) -> None:
    fact = make_fact("Customer", "email", inline=InlineAnnotation(not_personal=True))
    assert classify_field(fact, catalog) is None


def test_inline_category_only_keeps_detection(catalog: ElementCatalog) -> None:
    fact = make_fact("Customer", "email", inline=InlineAnnotation(category="crm"))
    result = classify_field(fact, catalog)
    assert result is not None and result.element == "contact.email"
    assert result.category_hint == "crm" and result.source == "detector"


def test_classification_is_frozen(catalog: ElementCatalog) -> None:
    result = classify_name("email", catalog, owner="User")
    assert result is not None
    with pytest.raises(AttributeError):
        result.element = "x"  # type: ignore[misc]

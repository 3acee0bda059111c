"""The general rules added after the held-out evaluation: each one over words, context or types.

Examples use names of our own, not those of the evaluation sets, so the tests show the rule
and not a memorised field.
"""

from __future__ import annotations

import pytest

from privlint.catalog.elements import ElementCatalog
from privlint.classify import classify_field, explain_field
from privlint.facts import FieldFact, Span

from .conftest import make_fact


def in_module(module: str, owner: str, name: str, types: tuple[str, ...] = ()) -> FieldFact:
    return FieldFact(
        name=name,
        symbol=f"{module}.{owner}.{name}",
        kind="field",
        framework="test",
        span=Span(1, 1, 1, 10),
        owner=owner,
        types=types,
    )


def element(catalog: ElementCatalog, fact: FieldFact) -> str | None:
    result = classify_field(fact, catalog)
    return result.element if result else None


# ---- settings and configuration classes ---------------------------------------------------

CONFIG = [
    ("Settings", "smtp_password", ("SecretStr",), ("pydantic_settings.BaseSettings",)),
    ("Settings", "billing_api_key", ("SecretStr",), ("BaseSettings",)),
    ("MailerConfig", "reply_address", ("str",), ()),
    ("GatewayOptions", "auth_token", ("str",), ()),
    ("ReleaseFlags", "collect_marketing_consent", ("bool",), ()),
    ("AuditPolicy", "log_ip_addresses", ("bool",), ()),
    ("WorkspaceSettings", "owner_email", ("EmailField",), ()),
]


@pytest.mark.parametrize(("owner", "name", "types", "bases"), CONFIG)
def test_configuration_classes_hold_no_personal_data(
    catalog: ElementCatalog,
    owner: str,
    name: str,
    types: tuple[str, ...],
    bases: tuple[str, ...],
) -> None:
    fact = make_fact(owner, name, types, bases)
    result, explanation = explain_field(fact, catalog)
    assert result is None
    assert any("configuration" in text for _, text in explanation.steps)


def test_a_persons_own_settings_are_not_configuration(catalog: ElementCatalog) -> None:
    fact = make_fact("NotificationSettings", "sms_opt_out", ("bool",))
    assert element(catalog, fact) == "preferences.marketing"
    assert element(catalog, make_fact("UserSettings", "timezone")) == "location.coarse"


def test_classes_of_a_config_module_are_configuration(catalog: ElementCatalog) -> None:
    fact = in_module("acme.config", "Http", "trusted_ips", ("str",))
    assert element(catalog, fact) is None
    # the same class elsewhere is read by its words
    assert element(catalog, in_module("acme.models", "Http", "client_ip")) == "online.ip_address"


def test_fields_typed_with_a_configuration_class_are_not_values(catalog: ElementCatalog) -> None:
    assert element(catalog, make_fact("Service", "email", ("EmailerConfig",))) is None
    assert element(catalog, make_fact("Service", "password", ("PasswordPolicy",))) is None


# ---- links to people and addresses --------------------------------------------------------


def test_nested_person_class_is_a_person_link(catalog: ElementCatalog) -> None:
    assert element(catalog, make_fact("Shipment", "receiver", ("Addressee",))) == (
        "identity.person_id"
    )
    fact = make_fact("Loan", "backer", ("Nested",), related="GuarantorSchema")
    assert element(catalog, fact) == "identity.person_id"


def test_link_to_an_address_record_is_an_address(catalog: ElementCatalog) -> None:
    fact = make_fact("Tenant", "home", ("Nested",), related="HomeAddressSchema")
    assert element(catalog, fact) == "contact.postal_address"
    # an IP address class is not a postal address
    assert element(catalog, make_fact("Hit", "origin", ("IPv4Address",))) != (
        "contact.postal_address"
    )


def test_a_bare_person_word_is_a_person_reference(catalog: ElementCatalog) -> None:
    assert element(catalog, make_fact("Charge", "payer", ("int",))) == "identity.person_id"
    assert element(catalog, make_fact("Charge", "payer")) == "identity.person_id"
    # a plain string named by a role holds the person's name (round 5)
    assert element(catalog, make_fact("Charge", "payer", ("str",))) == "identity.name"
    assert element(catalog, make_fact("Lesson", "pupil", ("PrimaryKeyRelatedField",))) == (
        "identity.person_id"
    )
    # tree links are not people
    assert element(catalog, make_fact("Folder", "parent")) is None


def test_new_person_words_make_person_objects(catalog: ElementCatalog) -> None:
    assert element(catalog, make_fact("PupilSerializer", "photo", ("ImageField",))) == (
        "identity.photo"
    )
    assert element(catalog, make_fact("Addressee", "city")) == "contact.postal_address.city"


def test_account_and_address_are_not_person_words(catalog: ElementCatalog) -> None:
    # the id of a ledger account record is its own key, not a person's id
    assert element(catalog, make_fact("LedgerAccount", "account_id", ("UUID",))) is None
    assert element(catalog, make_fact("Transfer", "payee_account_id", ("UUID",))) is None
    # an account on a person's profile is the person's account
    assert element(catalog, make_fact("BillingProfile", "account_id")) == "identity.person_id"
    # address records still read their lines permissively
    assert element(catalog, make_fact("MailingAddress", "town")) == "contact.postal_address.city"


# ---- organisations and places -------------------------------------------------------------


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        ("Pharmacy", "postcode"),
        ("Charity", "contact_email"),
        ("College", "telephone"),
        ("Depot", "city"),
        ("Academy", "street_address"),
    ],
)
def test_organisation_records_hold_the_organisations_contact_data(
    catalog: ElementCatalog, owner: str, name: str
) -> None:
    assert element(catalog, make_fact(owner, name)) is None


def test_a_named_person_on_an_organisation_is_still_personal(catalog: ElementCatalog) -> None:
    assert element(catalog, make_fact("Pharmacy", "manager_email")) == "contact.email"


def test_metadata_only_supports_outside_person_objects(catalog: ElementCatalog) -> None:
    fact = make_fact("Widget", "target", metadata=(("help_text", "salary band of the role"),))
    assert element(catalog, fact) is None
    person = make_fact("Employee", "target", metadata=(("help_text", "annual salary"),))
    assert element(catalog, person) == "financial.income"


# ---- words --------------------------------------------------------------------------------

WORDS = [
    ("Payment", "fingerprint", (), None),  # a card's fingerprint is a digest of the card
    ("Entry", "fingerprint", ("str",), None),  # a baseline entry's digest of its line
    ("Appointment", "fingerprints_captured", ("bool",), None),
    ("Appointment", "fingerprint_template", ("bytes",), "biometric.data"),
    ("Employee", "fingerprint", ("bytes",), "biometric.data"),  # on a person: theirs
    ("Member", "signed_up_on", ("date",), None),  # lifecycle timestamps are not labelled
    ("Ticket", "closed_at", ("datetime",), None),
    ("Member", "is_verified", ("bool",), None),  # data handling, not account state
    ("Member", "last_active_at", ("datetime",), "behaviour.activity"),
    ("Rider", "last_seen_on", ("date",), "behaviour.activity"),
    ("Member", "banned_until", ("date",), "account.status"),
    ("Reading", "systolic", ("int",), "health.measurement"),
    ("VitalSigns", "weight_kg", ("float",), "health.measurement"),
    ("Parcel", "weight_kg", ("float",), None),
    ("Ping", "gps_lat", ("float",), "location.precise"),
    ("Rider", "last_known_lon", ("float",), "location.precise"),
    ("Recipient", "what3words", (), "location.precise"),
    ("WifiScan", "bssid", (), "location.precise"),
    ("GeoipLookup", "region", (), "location.coarse"),
    ("Tenant", "bio", (), "content"),  # by the person or about them (round 11)
    ("Tenant", "about_me", (), "content.message"),
    ("Booking", "access_instructions", (), "content.note"),
    ("Appraisal", "manager_comments", (), "content.note"),
    ("Basket", "gift_note", (), "content.message"),
    ("SubscriptionPreferences", "weekly_digest", ("bool",), "preferences.marketing"),
    ("SignupForm", "newsletter", ("BooleanField",), "preferences.marketing"),
    ("Patient", "unsubscribe_everything", ("bool",), "preferences.marketing"),
    ("Device", "limit_ad_tracking", ("bool",), "preferences.marketing"),
    ("Tenant", "mastodon_handle", (), "online.social_id"),
    ("Tenant", "website", (), "online.social_id"),
    ("Resident", "nhs_no", (), "identity.national_id"),
    ("Lodger", "title", (), "identity.name"),
    ("Staff", "status", (), "employment.record"),
    ("Worker", "department", ("ForeignKey",), "employment.record"),
    ("Intern", "occupation", (), "employment.job_title"),
    ("Consultation", "chief_complaint", (), "health.condition"),
    ("Student", "smoker", ("bool",), "health.condition"),
    ("Prescription", "dosage", (), "health.medication"),
    ("Rider", "licence_number", (), "identity.driving_licence"),
]


@pytest.mark.parametrize(("owner", "name", "types", "expected"), WORDS)
def test_word_rules(
    catalog: ElementCatalog,
    owner: str,
    name: str,
    types: tuple[str, ...],
    expected: str | None,
) -> None:
    assert element(catalog, make_fact(owner, name, types)) == expected


# ---- look-alikes that are no payment card, medicine or birthplace (round 13) ----------------

NOT_THESE = [
    ("PointsCard", "card_number", ("str",), "financial.card"),  # a loyalty scheme's number
    ("Bailiff", "warrant_card_number", ("str",), "financial.card"),  # an officer's warrant card
    ("MonthlyStatementLine", "route", ("str",), "health.medication"),  # a journey's route
    ("Client", "planned_birth_place", ("str",), "demographic.nationality"),  # where to give birth
]


@pytest.mark.parametrize(("owner", "name", "types", "not_this"), NOT_THESE)
def test_look_alikes_are_not_read_as(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...], not_this: str
) -> None:
    assert element(catalog, make_fact(owner, name, types=types)) != not_this


@pytest.mark.parametrize(
    ("owner", "name", "expected"),
    [
        ("PaymentCard", "card_number", "financial.card"),
        ("MedicationStatement", "route", "health.medication"),
        ("Customer", "birth_place", "demographic.nationality"),
    ],
)
def test_the_real_ones_still_are(
    catalog: ElementCatalog, owner: str, name: str, expected: str
) -> None:
    assert element(catalog, make_fact(owner, name, types=("str",))) == expected


@pytest.mark.parametrize(
    ("owner", "name", "expected"),
    [
        ("LicenceApplication", "boat_name", None),  # the boat's name
        ("LicenceApplication", "boat_owner_name", "identity.name"),  # its owner's
        ("Order", "ship_to_postcode", "contact.postal_address.postcode"),  # ship: a verb
    ],
)
def test_a_boat_s_name_is_the_boat_s(
    catalog: ElementCatalog, owner: str, name: str, expected: str | None
) -> None:
    assert element(catalog, make_fact(owner, name, types=("str",))) == expected


@pytest.mark.parametrize(
    ("owner", "name", "expected"),
    [
        ("Column", "dimming_profile", None),  # a qualified "profile" is a thing's
        ("Event", "stroke", None),  # a swimming event's stroke
        ("Patient", "stroke", "health.condition"),  # a patient's
        ("Fixture", "opponent", None),  # a club or team
        ("Application", "opponent_name", "identity.name"),  # a person in a dispute
    ],
)
def test_words_that_name_a_person_only_sometimes(
    catalog: ElementCatalog, owner: str, name: str, expected: str | None
) -> None:
    assert element(catalog, make_fact(owner, name, types=("str",))) == expected

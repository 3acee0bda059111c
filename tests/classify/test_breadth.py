"""The breadth pass: vocabulary per family and the context that keeps it precise.

Names are our own (not copied from the evaluation sets), so each case shows a rule: a word,
a word in a person or organisation class, or a word in a class named for what it holds.
"""

from __future__ import annotations

import pytest

from privlint.catalog.elements import ElementCatalog
from privlint.classify import classify_field

from .conftest import field_element, make_fact

element = field_element


POSITIVE = [
    # people named by their role are person objects: their plain fields are personal
    ("Exhibitor", "notes", (), "content.note"),
    ("Detainee", "name", (), "identity.name"),
    ("Delegate", "photo", ("ImageField",), "identity.photo"),
    # identity documents and numbers
    ("Migrant", "residence_permit_number", (), "identity.national_id"),
    ("Applicant", "visa_expiry", ("date",), "identity.passport"),
    ("KycUpload", "id_document_expiry", ("date",), "identity.national_id"),
    ("Hirer", "licence_number", (), "identity.driving_licence"),
    ("Vet", "rcvs_number", (), "identity.person_id"),
    ("Passenger", "frequent_flyer_number", (), "identity.person_id"),
    ("Inmate", "prison_number", (), "identity.person_id"),
    ("Clinician", "initials", (), "identity.name"),
    # health
    ("Attendee", "mobility_requirements", (), "health.condition"),
    ("Pupil", "sen_provision", (), "health.condition"),
    ("Booking", "reasonable_adjustments", (), "health.condition"),
    ("AdverseReaction", "severity", (), "health.condition"),
    ("Dose", "drug", (), "health.medication"),
    ("Participant", "arm", (), "health"),
    # employment and education
    ("Receptionist", "shift", (), "employment.record"),
    ("Employment", "probation", ("bool",), "employment.record"),
    ("Contact", "role_at_company", (), "employment.job_title"),
    ("Volunteer", "safeguarding_training_date", ("date",), "employment.record"),
    ("Learner", "predicted_grade", (), "demographic.education"),
    ("ExamResult", "mark", ("int",), "demographic.education"),
    # money
    ("Employee", "annual_bonus", ("Decimal",), "financial.income"),
    ("Contractor", "day_rate", ("Decimal",), "financial.income"),
    ("Borrower", "ccj_count", ("int",), "financial.credit"),
    ("Debt", "outstanding_balance", ("Decimal",), "financial.credit"),
    ("CardPayment", "expiry_month", ("int",), "financial.card"),
    ("BankTransfer", "reference", (), "financial.transaction"),
    # marketing consent without the word marketing, account state, activity
    ("Subscriber", "ok_to_text", ("bool",), "preferences.marketing"),
    ("Signup", "keep_in_touch", ("bool",), "preferences.marketing"),
    ("Member", "sponsor_offers", ("bool",), "preferences.marketing"),
    ("EnquiryForm", "contact_by_phone", ("BooleanField",), "preferences.marketing"),
    ("Member", "lapsed", ("bool",), "account.status"),
    # location, online, demographics, content
    ("Waypoint", "lng", ("float",), "location.precise"),
    ("Run", "gps_trace", (), "location.precise"),
    ("Handset", "device_uid", (), "online.device_id"),
    ("Customer", "locale", (), "demographic.language"),
    ("Patient", "sex_at_birth", (), "demographic.gender"),
    ("Candidate", "political_party_membership", (), "demographic.political_opinion"),
    ("Shift", "notes_for_manager", (), "content.message"),  # written to the manager (round 11)
    (
        "Review",
        "comments",
        (),
        "content",
    ),  # a bare comment: by the reviewer or about them (round 11)
    ("Member", "locker_pin", (), "credentials.secret"),
]


@pytest.mark.parametrize(("owner", "name", "types", "expected"), POSITIVE)
def test_breadth_positive(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...], expected: str
) -> None:
    assert element(catalog, owner, name, types) == expected


NEGATIVE = [
    # an organisation's or place's own details stay quiet
    ("Property", "postcode", ()),
    ("Space", "phone", ()),
    ("Terminal", "lat", ("float",)),
    # the same words outside their context
    ("Hotel", "role", ()),
    ("Agent", "role", ()),
    ("Product", "tax_code", ()),
    ("Lot", "condition_report", ()),
    ("Workshop", "attendees", ("int",)),
    ("FeeSchedule", "late_payment_fee", ("Decimal",)),
    ("Invoice", "reference", ()),
    ("Session", "shift", ()),
    ("Widget", "offers", ("bool",)),
    # how someone heard of a service attributes the sign-up to a campaign (round 11: six
    # independent labellers against three)
    ("SignupForm", "how_did_you_find_us", ()),
]


@pytest.mark.parametrize(("owner", "name", "types"), NEGATIVE)
def test_breadth_negative(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...]
) -> None:
    assert element(catalog, owner, name, types) is None


def test_name_on_passport_is_a_name_not_the_document(catalog: ElementCatalog) -> None:
    result = classify_field(make_fact("Traveller", "name_on_passport"), catalog)
    assert result is not None and result.element == "identity.name"
    assert "identity.passport" in " ".join(text for _, text in result.explanation.steps)


def test_dietary_needs_are_health_not_a_note(catalog: ElementCatalog) -> None:
    assert element(catalog, "Guest", "dietary_needs") == "health.condition"

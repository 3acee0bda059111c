"""Round 3 (dev set 5): qualified person words, professions, health predicates, study,
numbers a person holds, last-activity verbs, weaker evidence on person records, action flags
and template subjects that stay quiet."""

from __future__ import annotations

import pytest

from privlint.catalog import load_catalog
from privlint.classify import explain_name

from .conftest import name_element

CATALOG = load_catalog()


element = name_element


@pytest.mark.parametrize(
    ("owner", "name", "expected"),
    [
        # a number after a person word says which one
        ("Wedding", "partner_one_name", "identity.name"),
        ("Ceremony", "parent_2_name", "identity.name"),
        # professions formed by their ending, and role words inside names
        ("Audiogram", "audiologist_id", "identity.person_id"),
        ("Visit", "optician_name", "identity.name"),
        ("DiveLog", "buddy_id", "identity.person_id"),
        ("Scorecard", "interviewer_id", "identity.person_id"),
        # health predicates: has, needs, uses, requires + an aid or condition
        ("Customer", "needs_medical_equipment", "health.condition"),
        ("Deceased", "has_pacemaker", "health.condition"),
        ("Booking", "requires_hearing_loop", "health.condition"),
        ("Resident", "blue_badge_holder", "health.condition"),
        ("Declaration", "heart_condition", "health.condition"),
        ("Client", "mental_health_flag", "health.condition"),
        ("Pupil", "send_needs", "health.condition"),
        ("Party", "needs_interpreter", "demographic.language"),
        # study
        ("Applicant", "year_of_study", "demographic.education"),
        ("Pupil", "school_year", "demographic.education"),
        ("Application", "last_school", "demographic.education"),
        ("DiverProfile", "cert_level", "demographic.education"),
        ("Linguist", "qualification", "demographic.education"),
        # numbers a person holds
        ("Member", "membership_id", "identity.person_id"),
        ("Staff", "payroll_no", "identity.person_id"),
        ("Prescriber", "professional_reg_no", "identity.person_id"),
        # the last time a person did something
        ("Customer", "last_ordered_at", "behaviour.activity"),
        ("Resident", "last_signed_in", "behaviour.activity"),
    ],
)
def test_round3_recall(owner: str, name: str, expected: str) -> None:
    assert element(name, owner) == expected


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        ("BroadcastForm", "send_emails"),
        ("BroadcastForm", "send_sms"),
        ("InvoiceSchema", "email_subject"),
        ("HallHire", "email_subject"),
        ("Order", "order_id"),
        ("Playlist", "playlist_id"),
        ("Admissions", "programme_code"),
        ("Partner", "partner_one"),
        ("Order", "race_condition"),
    ],
)
def test_round3_quiet(owner: str, name: str) -> None:
    assert element(name, owner) is None


def test_message_subject_on_a_person_record_is_content() -> None:
    assert element("email_subject", "Customer") == "content.message"


def test_weaker_evidence_only_on_person_records() -> None:
    person, why = explain_name("allergy_details_declared", CATALOG, owner="Learner")
    assert person is not None and person.element == "health.condition"
    assert any("weaker evidence" in text for _, text in why.steps)
    assert element("allergy_details_declared", "Lesson") is None


def test_qualifier_dropping_is_explained() -> None:
    _, why = explain_name("partner_one_name", CATALOG, owner="Banns")
    assert any("says which" in text for _, text in why.steps)

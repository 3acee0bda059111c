"""Round 14 (after holdout26): several person keys in one list, a DBS certificate's number,
and a number with a register no rule foresaw (``agb_number`` on an archer's record). After
holdout27: an organisation's contact record, operatives and playwrights, exam access
arrangements, and the positions of places and meeting points."""

from __future__ import annotations

from dataclasses import replace

import pytest

from privlint.catalog import load_catalog
from privlint.classify import classify_field, explain_field
from privlint.classify.patterns import known_words

from .conftest import make_fact

CATALOG = load_catalog().elements


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        # a list of person keys links to each person; a list called `recipients` does not
        ("Wearer", "carer_ids", ("list", "UUID"), "identity.person_id"),
        ("Incident", "lifeguard_ids", ("list", "int"), "identity.person_id"),
        ("PatientModule", "other_patient_ids", ("tuple", "str"), "identity.person_id"),
        ("AlertBroadcast", "recipients", ("list",), None),
        ("ReleaseRequest", "job_ids", ("list", "int"), None),
        # a DBS certificate's number identifies its holder
        ("Teacher", "dbs_number", ("CharField",), "identity.person_id"),
        ("Volunteer", "dbs_certificate_number", ("str",), "identity.person_id"),
        # on a person's record, a number named after a body no rule knows is a registration
        ("Archer", "agb_number", ("str",), "identity.person_id"),
        ("Tutor", "nrcpd_number", ("CharField",), "identity.person_id"),
        ("Member", "ebu_no", ("String",), "identity.person_id"),
        # ... but not a known word's number, not on a thing's record, not a longer name
        ("Player", "shirt_number", ("int",), None),
        ("Member", "locker_number", ("int",), None),
        ("Target", "agb_number", ("str",), None),
        ("Archer", "agb_number_verified", ("bool",), None),
        ("Archer", "agb_number", ("bool",), None),
    ],
)
def test_round14_cases(owner: str, name: str, types: tuple[str, ...], expected: str | None) -> None:
    found = classify_field(make_fact(owner, name, types), CATALOG)
    assert (found.element if found else None) == expected


def test_a_registration_number_says_why() -> None:
    found, explanation = explain_field(make_fact("Archer", "agb_number", ("str",)), CATALOG)
    assert found is not None
    assert "'agb' is no word of the catalogue" in explanation.summary()
    assert found.confidence < 0.7, "a guess from an unknown word is weak evidence"


def test_known_words_cover_patterns_word_lists_and_exclusions() -> None:
    words = known_words(CATALOG)
    assert {"email", "passport", "customer", "shirt", "number"} <= words
    assert "agb" not in words


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        # after holdout27: an organisation's or a place's contact details are its own ...
        ("LabContact", "phone", ("str",), None),
        ("LabContact", "lab_name", ("str",), None),
        ("VenueContact", "address", ("str",), None),
        ("LabContact", "contact_name", ("str",), "identity.name"),
        # ... a person's contact is still theirs
        ("EmergencyContact", "phone", ("str",), "contact.phone"),
        ("VictimContact", "notes", ("str",), "content.note"),
        # operatives and playwrights are people
        ("Operative", "name", ("str",), "identity.name"),
        ("Production", "playwright", ("str",), "identity.name"),
        ("Recovery", "finder_name", ("str",), "identity.name"),
        ("LegResult", "loser", ("str",), "identity.name"),
        # an exam candidate's access arrangements rest on a condition
        ("Candidate", "access_arrangements", ("str",), "health.condition"),
        ("ExamEntry", "access_arrangements", ("str",), "health.condition"),
        ("MaintenanceVisit", "access_arrangements", ("str",), None),
        # a beach's, a tunnel's or a meeting point's position is a place's
        ("Beach", "latitude", ("float",), None),
        ("Tunnel", "longitude", ("float",), None),
        ("PickEvent", "meet_lat", ("float",), None),
        ("CleanupEvent", "meeting_lng", ("float",), None),
        ("GpsPing", "latitude", ("float",), "location.precise"),
        # an age flag with a verb, and a lorry driver's licence
        ("Volunteer", "is_under_18", ("bool",), "demographic.age"),
        ("HourlyDelaySummary", "handovers_over_30", ("int",), None),
        ("Operative", "hgv_licence_no", ("str",), "identity.driving_licence"),
        ("Delivery", "pickup_lat", ("float",), "location.precise"),
    ],
)
def test_round14_cases_after_holdout27(
    owner: str, name: str, types: tuple[str, ...], expected: str | None
) -> None:
    found = classify_field(make_fact(owner, name, types), CATALOG)
    assert (found.element if found else None) == expected


def test_an_organisations_contact_record_says_whose_it_is() -> None:
    _, explanation = explain_field(make_fact("LabContact", "phone", ("str",)), CATALOG)
    assert "holds the contact details of an organisation or place (word 'lab')" in (
        explanation.summary()
    )


def test_a_mappings_capitalised_key_is_read_a_constant_is_not() -> None:
    row = replace(make_fact("CohortImportRow", "DOB", ("str",)), framework="typeddict")
    assert (found := classify_field(row, CATALOG)) is not None
    assert found.element == "demographic.date_of_birth"
    constant = make_fact("Settings", "DOB", ("str",))
    _, explanation = explain_field(constant, CATALOG)
    assert classify_field(constant, CATALOG) is None
    assert "ALL_CAPS constant" in explanation.summary()


@pytest.mark.parametrize(
    ("owner", "name", "related", "expected"),
    [
        # a person's key to their employer's, workplace's or school's record says it of them
        ("Member", "employer_id", "employers", "employment.employer"),
        ("Staff", "depot_id", "depots", "employment.record"),
        ("Pupil", "school_id", "schools", "demographic.education"),
        # a key to a plan or an order is a key; a levy declaration's employer is no person's
        ("Member", "plan_id", "plans", None),
        ("Customer", "order_id", "orders", None),
        ("LevyDeclaration", "employer_id", "employers", None),
    ],
)
def test_a_persons_key_to_their_employer_or_school(
    owner: str, name: str, related: str, expected: str | None
) -> None:
    fact = make_fact(owner, name, ("Integer", "ForeignKey"), related=related)
    found = classify_field(fact, CATALOG)
    assert (found.element if found else None) == expected


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        # a web session's id is a string; a class or exam session's key is a number
        ("PlaybackEvent", "session_id", ("str",), "online.session_id"),
        ("TrialApplicationSerializer", "session_id", ("IntegerField",), None),
        ("TimesheetLineSchema", "session_id", ("Int",), None),
        # a session record's own key is that session's
        ("CaptureSession", "session_id", ("str",), None),
        ("SessionInfo", "session_id", ("str",), "online.session_id"),
        # marshmallow's Int counts people as an int does
        ("IncomeExpenditureSchema", "dependants", ("Int",), None),
    ],
)
def test_session_keys_and_marshmallow_number_types(
    owner: str, name: str, types: tuple[str, ...], expected: str | None
) -> None:
    found = classify_field(make_fact(owner, name, types), CATALOG)
    assert (found.element if found else None) == expected

"""Round 5: people at work (@staff), coordinates with any qualifier ("*"), role-named strings
are names, a person's bank details, and the "*" word's limits (function and quantity words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from privlint.catalog import load_catalog
from privlint.catalog.elements import ElementCatalogError, load_elements
from privlint.classify import explain_name

from .conftest import field_element

CATALOG = load_catalog().elements


def element(owner: str, name: str, types: tuple[str, ...] = ()) -> str | None:
    return field_element(CATALOG, owner, name, types)


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        # people at work: team, shifts, rating, licences and pay
        ("Engineer", "on_call", ("bool",), "employment.record"),
        ("CareWorker", "night_shifts", ("int",), "employment.record"),
        ("Courier", "rating_avg", ("float",), "employment.record"),
        ("Operative", "home_depot", ("str",), "employment.record"),
        ("Technician", "forklift_licence_expiry", ("date",), "employment.record"),
        ("Groomer", "commission_rate", ("Decimal",), "financial.income"),
        ("Linguist", "per_word_rate", ("Decimal",), "financial.income"),
        # any word in front of a coordinate says whose position it is
        ("RiderPosition", "phone_lat", ("float",), "location.precise"),
        ("OrderStatusOut", "courier_lng", ("float",), "location.precise"),
        ("LatLng", "lat", ("float",), "location.precise"),
        ("Workout", "gpx_track", ("str",), "location.precise"),
        # a plain string named by a role holds that person's name
        ("SiteSurvey", "surveyor", ("str",), "identity.name"),
        ("Round", "crew_leader", ("String",), "identity.name"),
        ("Client", "contact_person", ("str",), "identity.name"),
        # a person's bank details, not a bank's record
        ("RepaymentBankDetailsSerializer", "sort_code", ("RegexField",), "financial.bank_account"),
        # the page a visit came from
        ("Visitor", "referrer", ("str",), "behaviour.activity"),
    ],
)
def test_round5_recall(owner: str, name: str, types: tuple[str, ...], expected: str) -> None:
    assert element(owner, name, types) == expected


@pytest.mark.parametrize(
    ("owner", "name", "types"),
    [
        # places and thresholds keep their own coordinates
        ("Stop", "latitude", ("float",)),
        ("Geofence", "centre_lat", ("float",)),
        ("SearchArea", "min_lat", ("float",)),
        ("Store", "pickup_lat", ("float",)),
        # "*" never stands for a function word or a quantity
        ("Shift", "max_volunteers", ("int",)),
        ("Tenant", "preferred_contact", ("str",)),
        ("Inspection", "relationship_to_tenant", ("str",)),
        # a bank's own record and a product's rate are not a person's
        ("Bank", "sort_code", ("str",)),
        ("Product", "rate", ("Decimal",)),
    ],
)
def test_round5_quiet(owner: str, name: str, types: tuple[str, ...]) -> None:
    assert element(owner, name, types) is None


def test_star_skips_function_words() -> None:
    assert element("Guest", "age_if_child", ("int",)) == "demographic.age"  # not "if child"
    assert (
        element("Booking", "note_for_driver", ("str",)) == "content.message"
    )  # a note for someone is a message to them


def test_a_link_typed_role_stays_a_person_id() -> None:
    assert element("SiteSurvey", "surveyor", ("int",)) == "identity.person_id"
    assert element("SiteSurvey", "surveyor_id", ("str",)) == "identity.person_id"


def test_role_as_name_is_explained() -> None:
    _, explanation = explain_name("surveyor", CATALOG, owner="SiteSurvey", types=("str",))
    assert "a string named by a person's role holds their name" in explanation.summary()


def test_staff_group_is_shown_unexpanded_in_explanations() -> None:
    _, explanation = explain_name("on_call", CATALOG, owner="Engineer", types=("bool",))
    assert "in @staff classes" in explanation.summary()


def test_star_must_stand_alone_or_in_alternatives(tmp_path: Path) -> None:
    good = tmp_path / "a.toml"
    good.write_text(
        '[[element]]\nkey = "x.y"\nname = "X"\ndescription = "d"\n'
        'sensitivity = "low"\npatterns = ["* lat"]\n'
    )
    assert "x.y" in load_elements([good]).elements
    bad = tmp_path / "b.toml"
    bad.write_text(
        '[[element]]\nkey = "x.y"\nname = "X"\ndescription = "d"\n'
        'sensitivity = "low"\npatterns = ["*lat"]\n'
    )
    with pytest.raises(ElementCatalogError, match="not one lower-case word"):
        load_elements([bad])


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        # precision: documents, work orders and banks keep their own values
        ("Tenancy", "start_date", ("DateField",), None),
        ("Engineer", "start_date", ("DateField",), "employment.record"),
        ("Invoice", "amount_due", ("Decimal",), None),
        ("Customer", "amount_owed", ("Decimal",), "financial.account_balance"),
        ("Profile", "bic", ("str",), None),
        ("Profile", "iban", ("str",), "financial.bank_account"),
        ("Job", "status", ("str",), None),
        ("Employment", "status", ("str",), "employment.record"),
        ("Employer", "name", ("str",), None),
        ("Employer", "contact_email", ("EmailField",), None),
        ("Elector", "household_id", ("int",), None),
        ("Alumnus", "news_digest", ("Boolean",), "preferences.marketing"),
        ("Shopper", "price_alerts", ("bool",), "preferences.marketing"),
        ("Customer", "password_digest", ("str",), None),  # a "*" word meets exclusions
        ("Applicant", "interpreter_required", ("Boolean",), "demographic.language"),
        ("Customer", "delinquent", ("bool",), "account.status"),
        ("Card", "status", ("str",), "account.status"),
        ("Child", "start_date", ("DateField",), None),
        ("Settlement", "approved_by_id", ("int",), "identity.person_id"),
        ("Job", "assigned_to", ("int",), "identity.person_id"),
        # round 5, second part: vehicles, DNA results, eye tests, statement balances, titles
        (
            "PermitApplicationForm",
            "vehicle_registration",
            ("StringField",),
            "identity.vehicle_registration",
        ),
        ("VisitorSession", "visitor_vrm", ("CharField",), "identity.vehicle_registration"),
        ("Vehicle", "registration", ("CharField",), None),  # a fleet's own van
        ("GenotypeResult", "brca_variants_detected", ("list",), "genetic.data"),
        ("RelativeMatch", "shared_cm", ("float",), "genetic.data"),
        ("Prescription", "sph_left", ("Decimal",), "health.measurement"),
        ("SightTest", "iop_right", ("int",), "health.measurement"),
        ("StatementLine", "running_balance", ("Decimal",), "financial.account_balance"),
        ("Member", "title", ("str",), "identity.name"),
        ("Employee", "title", ("str",), "employment.job_title"),
        ("Artist", "monthly_listeners", ("int",), None),
        ("Courier", "fee_pence", ("int",), None),  # "pence" is a unit; a fee alone is not pay
        ("Loan", "term_months", ("int",), "financial.credit"),
        ("LoanProduct", "apr", ("Decimal",), None),
    ],
)
def test_round5_cases(owner: str, name: str, types: tuple[str, ...], expected: str | None) -> None:
    """Precision, vocabulary and the second part of the round, one table (None: quiet)."""
    assert element(owner, name, types) == expected


def test_a_company_van_registration_is_not_a_keeper_s() -> None:
    assert element("Engineer", "van_reg", ("str",)) is None


def test_an_operator_is_a_person_at_work() -> None:
    # an ANPR or warehouse operator logs in and works shifts; a taxi firm's Operator record
    # is a company through its fleet_size (thing_fields in resolve.py)
    assert element("Operator", "shift_pattern", ("str",)) == "employment.record"
    assert element("Operator", "username", ("str",)) == "identity.username"

"""After holdout8's first run: equipment records keep their own addresses and positions,
`*_by` strings are logins, more role words name people, and clinical, key-safe and record
number vocabulary."""

from __future__ import annotations

import pytest

from privlint.catalog import load_catalog
from privlint.classify import classify_name

from .conftest import field_element

CATALOG = load_catalog().elements


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        ("Camera", "ip_address", ("str",), None),
        ("Charger", "latitude", ("float",), None),
        ("Printer", "mac_address", ("str",), None),
        ("Machine", "sim_iccid", ("str",), None),
        ("Handset", "imei", ("str",), "online.device_id"),  # a person's phone still counts
        ("KeeperLookup", "requested_by", ("str",), "identity.username"),
        ("KeeperLookup", "requested_by", ("int",), "identity.person_id"),
        ("KeeperLookup", "keeper_name", ("str",), "identity.name"),
        ("HouseholdEnquiry", "responder_name", ("str",), "identity.name"),
        ("Incident", "first_aider", ("str",), "identity.name"),
        ("Pregnancy", "gravida", ("int",), "health.condition"),
        ("Birth", "apgar_score", ("int",), "health.measurement"),
        ("Client", "door_code", ("str",), "credentials.secret"),
        ("Resident", "falls_risk", ("str",), "health.condition"),
        ("SelfAssessment", "pain_worst", ("int",), "health.measurement"),
        ("Client", "key_safe_code", ("str",), "credentials.secret"),
        ("Mother", "hospital_number", ("str",), "identity.person_id"),
        ("Pledge", "staff_initials", ("str",), "identity.name"),
        ("Visit", "check_in_lat", ("float",), "location.precise"),
        ("Vendor", "previous_surgery", ("bool",), None),  # a bool on a firm says nothing
        ("Product", "birth_weight_g", ("int",), None),
    ],
)
def test_round6_cases(owner: str, name: str, types: tuple[str, ...], expected: str | None) -> None:
    assert field_element(CATALOG, owner, name, types) == expected


@pytest.mark.parametrize(
    ("name", "owner", "expected"),
    [
        # in code, a receiver named driver/member/manager is as often a software component
        ("name", "driver", None),
        ("name", "member", None),
        ("name", "_base_manager", None),
        ("email", "member", "contact.email"),  # the field name alone still says it
        ("name", "customer", "identity.name"),
        ("name", "Driver", "identity.name"),  # a class named Driver is a person object
        # a validator's message is its error text
        ("message", "EmailValidator", None),
    ],
)
def test_round6_code_receivers(name: str, owner: str | None, expected: str | None) -> None:
    result = classify_name(name, CATALOG, owner=owner)
    assert (result.element if result else None) == expected

"""After holdout8's first run: equipment records keep their own addresses and positions,
`*_by` strings are logins, and more role words name people."""

from __future__ import annotations

import pytest

from privlint.catalog import load_catalog

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
    ],
)
def test_round6_cases(owner: str, name: str, types: tuple[str, ...], expected: str | None) -> None:
    assert field_element(CATALOG, owner, name, types) == expected

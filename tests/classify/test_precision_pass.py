"""Dev set 4's precision pass: records of things hold personal data only where a field names a
person; role words inside field names; recall vocabulary for needs, standing and free text."""

from __future__ import annotations

import pytest

from .conftest import name_element

element = name_element


@pytest.mark.parametrize(
    ("owner", "name"),
    [
        ("Dog", "sex"),
        ("Dog", "date_of_birth"),
        ("MenuItem", "allergens"),
        ("Pub", "phone"),
        ("Supplier", "contact_email"),
        ("Marina", "postcode"),
        ("Sponsor", "address"),
        ("Purpose", "cookies"),
        ("Finding", "message"),
        ("ProcessorActivity", "description"),
    ],
)
def test_values_of_things_are_quiet(owner: str, name: str) -> None:
    assert element(name, owner) is None


@pytest.mark.parametrize(
    ("owner", "name", "expected"),
    [
        ("Marina", "harbour_master_name", "identity.name"),
        ("Branch", "coordinator_email", "contact.email"),
        ("Pub", "landlord_name", "identity.name"),
        ("Job", "proofreader_id", "identity.person_id"),
        ("Resident", "mobility", "health.condition"),
        ("Player", "strikes", "account.status"),
        ("Member", "promo_sms", "preferences.marketing"),
        ("Appointment", "message_to_groomer", "content.message"),
        ("PrizeWinner", "winner_name", "identity.name"),
    ],
)
def test_person_values_still_found(owner: str, name: str, expected: str) -> None:
    assert element(name, owner) == expected

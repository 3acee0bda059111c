from __future__ import annotations

from pathlib import Path

import pytest

from privlint.catalog.elements import ElementCatalog, ElementCatalogError, load_elements

from .conftest import write

AGREED_TEXT = """identity.name identity.name.first identity.name.last identity.username
identity.person_id identity.national_id identity.passport identity.driving_licence
identity.tax_id identity.photo identity.signature contact.email contact.phone
contact.postal_address contact.postal_address.street contact.postal_address.city
contact.postal_address.postcode contact.postal_address.country online.ip_address
online.mac_address online.device_id online.advertising_id online.cookie_id online.user_agent
online.session_id credentials.password credentials.token credentials.secret
credentials.recovery financial.card financial.bank_account financial.account_balance
financial.income financial.credit financial.transaction demographic.date_of_birth
demographic.age demographic.gender demographic.nationality demographic.ethnicity
demographic.religion demographic.political_opinion demographic.sexual_orientation
demographic.trade_union demographic.marital_status demographic.language
employment.job_title employment.employer location.precise location.coarse health.condition
health.medication health.measurement health.insurance biometric.data genetic.data
behaviour.activity content.message content.note account.status preferences.marketing"""
AGREED = AGREED_TEXT.split()
SPECIAL_TEXT = """demographic.ethnicity demographic.religion demographic.political_opinion
demographic.sexual_orientation demographic.trade_union health.condition health.medication
health.measurement health.insurance biometric.data genetic.data"""
SPECIAL = SPECIAL_TEXT.split()


def test_every_agreed_key_is_defined(catalog: ElementCatalog) -> None:
    missing = [k for k in AGREED if catalog.get(k) is None]
    assert missing == []


@pytest.mark.parametrize("key", SPECIAL)
def test_special_categories(catalog: ElementCatalog, key: str) -> None:
    assert catalog.is_special(key)


def test_not_special(catalog: ElementCatalog) -> None:
    assert not catalog.is_special("contact.email")
    assert not catalog.is_special("demographic.gender")


def test_parents_are_known(catalog: ElementCatalog) -> None:
    assert "contact" in catalog
    assert "identity.name" in catalog
    assert "demographic" in catalog
    assert "contact.fax_machine" not in catalog
    assert "cont" not in catalog
    assert catalog.has_special_descendant("demographic")
    assert catalog.has_special_descendant("health")
    assert not catalog.has_special_descendant("contact")


def test_sensitivity_and_source(catalog: ElementCatalog) -> None:
    assert catalog.sensitivity("financial.card") == "high"
    assert catalog.sensitivity("demographic") == "high"  # highest of its children
    assert catalog.source_of("contact.email") == "contact.toml"
    assert catalog.source_of("biometric") == "biometric_genetic.toml"


ONE = """
[[element]]
key = "pets.name"
name = "Pet name"
description = "what the pet is called"
sensitivity = "low"
patterns = [{ words = "pet name" }]
"""


def test_later_files_extend(tmp_path: Path) -> None:
    first = write(tmp_path, "a.toml", ONE)
    second = write(
        tmp_path,
        "b.toml",
        '[[element]]\nkey = "pets.name"\npatterns = [{ words = "dog name" }]\n'
        '[[element]]\nkey = "pets.breed"\nname = "Breed"\npatterns = ["breed"]\n'
        '[context]\nperson_objects = ["owner"]\n',
    )
    cat = load_elements([first, second])
    assert [p.text for p in cat.get("pets.name").patterns] == ["pet name", "dog name"]
    assert cat.get("pets.breed") is not None
    assert "owner" in cat.vocabulary.person_objects
    assert cat.source_of("pets.name") == "a.toml"


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        (ONE.replace('sensitivity = "low"', 'sensitivity = "extreme"'), "sensitivity must be"),
        (
            ONE.replace('{ words = "pet name" }', '{ words = "pet name", anchor = "middle" }'),
            "anchor must be",
        ),
        (ONE.replace('{ words = "pet name" }', '{ words = "PetName" }'), "not one lower-case"),
        (
            ONE.replace('{ words = "pet name" }', '{ words = "pet name", flag = "yes" }'),
            "flag must be true or false",
        ),
        (
            ONE.replace('{ words = "pet name" }', '{ words = "pet name", fields_only = 1 }'),
            "fields_only must be true or false",
        ),
        (
            ONE.replace('{ words = "pet name" }', '{ words = "pet|pet owner name" }'),
            "'pet' stands twice at one position",
        ),
        (ONE.replace('{ words = "pet name" }', '{ wrds = "pet name" }'), "did you mean 'words'"),
        (ONE.replace("description =", "descripton ="), "did you mean 'description'"),
        (ONE.replace('key = "pets.name"', 'key = "Pets Name"'), "must be a dotted"),
        (ONE.replace('name = "Pet name"\n', ""), "needs a 'name'"),
        (ONE + 'types_exclude = ["@nothing"]\n', "unknown type group"),
        (ONE + "special = 3\n", "'special' must be true or false"),
    ],
)
def test_bad_entries_name_file_line_and_key(tmp_path: Path, text: str, needle: str) -> None:
    path = write(tmp_path, "pets.toml", text)
    with pytest.raises(ElementCatalogError) as info:
        load_elements([path])
    message = str(info.value)
    assert message.startswith("pets.toml")
    assert needle in message
    if "dotted" not in needle and "type group" not in needle:
        assert "pets.toml:3" in message and "'pets.name'" in message


def test_a_global_exclusion_flag_must_be_a_boolean(tmp_path: Path) -> None:
    text = '[[exclusion]]\nreason = "r"\nwords = ["dog"]\nqualifies_person = "yes"\n'
    path = write(tmp_path, "_global.toml", text)
    with pytest.raises(ElementCatalogError, match="'qualifies_person' must be true or false"):
        load_elements([path])


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "broken.toml", "[[element]\nkey = 1")
    with pytest.raises(ElementCatalogError, match=r"broken\.toml: invalid TOML"):
        load_elements([path])


def test_catalog_is_frozen(catalog: ElementCatalog) -> None:
    with pytest.raises(AttributeError):
        catalog.elements = {}  # type: ignore[misc]
    with pytest.raises(TypeError):
        catalog.elements["x"] = None  # type: ignore[index]

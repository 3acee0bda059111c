from typing import TypedDict

RegistrySearchHit = TypedDict(
    "RegistrySearchHit",
    {
        "chip_number": str,
        "database": str,
        "keeper_postcode_district": str,
        "keeper_phone_masked": str,
        "registered": bool,
    },
)

KeeperExport = TypedDict(
    "KeeperExport",
    {
        "name": str,
        "email": str,
        "phone": str,
        "pet_names": list,
        "last_login": str,
    },
)

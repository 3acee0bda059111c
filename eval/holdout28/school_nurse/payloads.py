from typing import Literal, TypedDict


class ConsentFormPayload(TypedDict):
    child_first_name: str
    child_last_name: str
    child_date_of_birth: str
    school_urn: str
    parent_name: str
    parent_email: str
    parent_phone: str
    consent: Literal["given", "refused"]
    allergies: str
    conditions: str
    medication: str


CohortImportRow = TypedDict(
    "CohortImportRow",
    {
        "UPN": str,
        "Forename": str,
        "Surname": str,
        "DOB": str,
        "Gender": str,
        "Year": str,
        "Postcode": str,
    },
)

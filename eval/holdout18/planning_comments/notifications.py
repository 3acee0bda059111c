from datetime import date
from typing import TypedDict


class NeighbourNotification(TypedDict):
    application_reference: str
    uprn: str
    occupier_address: str
    sent_on: date
    letter_template: str


ConsulteeResponse = TypedDict(
    "ConsulteeResponse",
    {
        "consultee": str,
        "response_code": str,
        "officer_name": str,
        "received": str,
        "body": str,
    },
)

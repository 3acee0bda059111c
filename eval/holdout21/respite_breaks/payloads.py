from typing import NotRequired, TypedDict


class AssessmentPayload(TypedDict):
    assessor: str
    carer_name: str
    carer_postcode: str
    cared_for_name: str
    sleep_disturbed_nights: int
    stress_score: int
    wants_break_within_weeks: int


class ProviderFeed(TypedDict, total=False):
    provider_id: str
    name: str
    town: str
    vacancies: int
    accepts_dementia: bool


BookingEvent = TypedDict(
    "BookingEvent",
    {
        "booking_ref": str,
        "carer_email": str,
        "event": str,
        "at": str,
        "cancelled_reason": NotRequired[str],
    },
)

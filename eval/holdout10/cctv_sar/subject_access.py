from datetime import date, datetime
from enum import Enum

from attrs import define, field


class RequestState(Enum):
    RECEIVED = "received"
    ID_CHECK = "id_check"
    SEARCHING = "searching"
    REDACTING = "redacting"
    DISCLOSED = "disclosed"
    REFUSED = "refused"


@define
class Requester:
    full_name: str
    email: str
    postal_address: str
    date_of_birth: date
    phone: str | None = None
    id_document_type: str = "passport"
    id_document_number: str = ""
    acting_for: str | None = None


@define
class SubjectDescription:
    """How the requester says they appear in the footage, so operators can find them."""

    appearance: str
    approximate_age: int | None = None
    wheelchair_user: bool = False
    vehicle_registration: str | None = None
    companions: int = 0


@define
class FootageRequest:
    reference: str
    requester: Requester
    subject: SubjectDescription
    window_start: datetime
    window_end: datetime
    location_description: str
    camera_ids: list[str] = field(factory=list)
    state: RequestState = RequestState.RECEIVED
    received_on: date = field(factory=date.today)
    due_by: date | None = None

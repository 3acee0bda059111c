from enum import Enum

from attrs import define, field


class Role(Enum):
    GUEST = "guest"
    CARER = "carer"
    VOLUNTEER = "volunteer"
    ADMIRAL_NURSE = "admiral_nurse"


class Stage(Enum):
    EARLY = "early"
    MIDDLE = "middle"
    LATE = "late"
    UNKNOWN = "unknown"


@define
class Guest:
    guest_id: str
    first_name: str
    last_name: str
    preferred_name: str | None = None
    photo_path: str | None = None
    diagnosis: str | None = None
    stage: Stage = Stage.UNKNOWN
    life_story: str = ""
    dietary_needs: list[str] = field(factory=list)
    hearing_aid: bool = False
    carer_id: str | None = None
    gp_surgery: str | None = None
    transport_needed: bool = False


@define
class Carer:
    carer_id: str
    name: str
    relationship_to_guest: str
    phone: str
    email: str | None = None
    address: str | None = None
    receives_carers_allowance: bool = False
    newsletter: bool = False


@define
class Volunteer:
    volunteer_id: str
    name: str
    phone: str
    dbs_certificate_number: str | None = None
    dbs_checked_on: str | None = None
    dementia_friends_trained: bool = False
    availability: list[str] = field(factory=list)

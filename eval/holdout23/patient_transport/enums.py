import enum


class Mobility(enum.Enum):
    WALKER = "walker"
    WALKER_ESCORT = "walker_escort"
    WHEELCHAIR = "wheelchair"
    STRETCHER = "stretcher"
    BARIATRIC = "bariatric"


class BookingStatus(str, enum.Enum):
    REQUESTED = "requested"
    ELIGIBLE = "eligible"
    DECLINED = "declined"
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    ABORTED = "aborted"

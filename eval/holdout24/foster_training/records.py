from enum import Enum, auto

import attr


class CourseLevel(Enum):
    PRE_APPROVAL = "skills_to_foster"
    TSD = "training_support_development_standards"
    CORE = "core"
    SPECIALIST = "specialist"


class AttendanceMode(Enum):
    IN_PERSON = auto()
    ONLINE = auto()
    E_LEARNING = auto()


@attr.s(slots=True)
class Carer:
    carer_ref = attr.ib(type=str)
    first_name = attr.ib(type=str)
    last_name = attr.ib(type=str)
    email = attr.ib(type=str)
    approval_date = attr.ib()
    supervising_social_worker = attr.ib(type=str)
    languages = attr.ib(factory=list)
    annual_review_due = attr.ib(default=None)


@attr.s
class CourseSession:
    course_code = attr.ib()
    title = attr.ib()
    level = attr.ib(validator=attr.validators.instance_of(CourseLevel))
    starts_at = attr.ib()
    venue = attr.ib()
    trainer_name = attr.ib()
    capacity = attr.ib(default=16)
    creche_available = attr.ib(default=False)


@attr.s
class Attendance:
    carer_ref = attr.ib()
    course_code = attr.ib()
    mode = attr.ib(default=AttendanceMode.IN_PERSON)
    attended = attr.ib(default=False)
    minutes_present = attr.ib(default=0)
    certificate_issued = attr.ib(default=False)
    feedback = attr.ib(default="")
    childcare_claimed = attr.ib(default=0)

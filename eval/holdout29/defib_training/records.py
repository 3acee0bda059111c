from datetime import date, datetime

import attr


@attr.s(slots=True)
class Certificate:
    number = attr.ib(type=str)
    holder_name = attr.ib(type=str)
    issued_on = attr.ib(type=date)
    course = attr.ib(type=str, default="Community CPR and AED awareness")
    valid_until = attr.ib(default=None)


@attr.s
class AssessmentResult:
    attendee_email = attr.ib()
    compressions_depth_ok = attr.ib(default=False)
    compressions_rate_bpm = attr.ib(default=None)
    aed_pad_placement_ok = attr.ib(default=False)
    passed = attr.ib(default=False)
    assessor = attr.ib(default="")


@attr.s(auto_attribs=True)
class RescueCallout:
    cabinet_id: str
    opened_at: datetime
    ambulance_incident_ref: str = ""
    patient_age_estimate: int | None = None
    shock_delivered: bool = False
    responder_name: str = ""
    pads_used: bool = True

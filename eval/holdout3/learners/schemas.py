"""Learner drivers, instructors and lessons of a driving school (marshmallow + TypedDict)."""

from __future__ import annotations

from typing import TypedDict

from marshmallow import Schema, fields, validate


class InstructorSchema(Schema):
    id = fields.Int(dump_only=True)
    name = fields.Str(required=True)
    adi_badge_number = fields.Str(required=True)
    mobile = fields.Str()
    car_registration = fields.Str()
    gearbox = fields.Str(validate=validate.OneOf(["manual", "automatic"]))
    hourly_rate_paid = fields.Decimal(as_string=True)
    areas_covered = fields.List(fields.Str())


class LearnerSchema(Schema):
    id = fields.Int(dump_only=True)
    first_name = fields.Str(required=True)
    last_name = fields.Str(required=True)
    date_of_birth = fields.Date(required=True)
    provisional_licence_number = fields.Str(required=True)
    email = fields.Email(required=True)
    mobile = fields.Str()
    pickup_address = fields.Str()
    pickup_postcode = fields.Str()
    eyesight_check_passed = fields.Bool()
    medical_conditions_declared = fields.Str(allow_none=True)
    instructor_id = fields.Int()
    prepaid_hours = fields.Float()
    theory_test_passed_on = fields.Date(allow_none=True)
    progress_notes = fields.Str()


class LessonSchema(Schema):
    id = fields.Int(dump_only=True)
    learner_id = fields.Int(required=True)
    instructor_id = fields.Int(required=True)
    starts_at = fields.DateTime(required=True)
    duration_minutes = fields.Int(load_default=60)
    price = fields.Decimal(as_string=True)
    route_gpx = fields.Str(allow_none=True)
    cancelled = fields.Bool(load_default=False)


class TestBooking(TypedDict):
    learner_id: int
    test_centre: str
    test_date: str
    dvsa_booking_ref: str
    use_school_car: bool
    result: str | None
    driving_faults: int | None
    examiner_feedback: str | None

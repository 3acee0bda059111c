"""Round 4: vocabulary from standard data models, and the non-personal senses of its words.

The names follow widely used models (schema.org Person, FHIR Patient/Observation/Condition/
Immunization, payroll and HR records, ISO 20022 parties and KYC, telecom records, learner
records), written here in Python naming styles. Each negative shows the same word where it
describes a product, a device, a job queue or a form rather than a person.
"""

from __future__ import annotations

import pytest

from privlint.catalog.elements import ElementCatalog

from .conftest import field_element

element = field_element


POSITIVE = [
    # FHIR vital signs and wearable activity
    ("Patient", "respiratory_rate", ("int",), "health.measurement"),
    ("VitalSigns", "oxygen_saturation", ("float",), "health.measurement"),
    ("Athlete", "hrv_ms", ("float",), "health.measurement"),
    ("Runner", "vo2max", ("float",), "health.measurement"),
    ("Member", "daily_steps", ("int",), "health.measurement"),
    ("StepsSample", "steps", ("int",), "health.measurement"),
    ("SleepSession", "stage", (), "health.measurement"),
    ("Night", "sleep_score", ("int",), "health.measurement"),
    ("Workout", "calories", ("int",), "health.measurement"),
    ("Workout", "duration_s", ("int",), "health.measurement"),
    ("Exercise", "avg_hr", ("int",), "health.measurement"),
    ("Reading", "resting_hr", ("int",), "health.measurement"),
    ("Tracker", "active_calories", ("int",), "health.measurement"),
    ("Patient", "waist_circumference_cm", ("float",), "health.measurement"),
    ("Observation", "value_quantity", ("float",), "health.measurement"),
    ("Visit", "pain_score", ("int",), "health.measurement"),
    ("Patient", "mood", (), "health"),
    ("CycleEntry", "ovulation_day", ("date",), "health"),
    ("MenstrualCycle", "period_start", ("date",), "health"),
    ("Member", "period_length", ("int",), "health"),
    ("Scan", "gestational_age_weeks", ("int",), "health"),
    # FHIR Condition / AllergyIntolerance / Immunization / MedicationStatement
    ("AllergyIntolerance", "criticality", (), "health.condition"),
    ("Allergy", "reaction", (), "health.condition"),
    ("Condition", "abatement_date", ("date",), "health.condition"),
    ("Patient", "lactose_intolerance", ("bool",), "health.condition"),
    ("Immunization", "lot_number", (), "health.medication"),
    ("Patient", "vaccine_brand", (), "health.medication"),
    ("MedicationStatement", "dosage_text", (), "health.medication"),
    # HR and payroll
    ("Employee", "ni_category", (), "employment.record"),
    ("Employee", "pension_contribution_percent", ("Decimal",), "employment.record"),
    ("Payslip", "overtime_hours", ("Decimal",), "employment.record"),
    ("Employee", "sick_days", ("int",), "employment.record"),
    ("Employee", "annual_leave_balance", ("Decimal",), "employment.record"),
    ("Employee", "contract_type", (), "employment.record"),
    ("Person", "works_for", (), "employment.employer"),
    # finance / KYC (ISO 20022 parties)
    ("CreditTransfer", "debtor_name", (), "identity.name"),
    ("CreditTransfer", "ultimate_creditor_name", (), "identity.name"),
    ("KycProfile", "source_of_wealth", (), "financial.income"),
    ("Client", "tax_residency", (), "location.coarse"),
    # schema.org Person / PostalAddress
    ("Person", "honorific_prefix", (), "identity.name"),
    ("Customer", "post_office_box_number", (), "contact.postal_address.street"),
    ("Person", "alumni_of", (), "demographic.education"),
    # learner records
    ("QuizAttempt", "score", ("float",), "demographic.education"),
    ("Enrollment", "progress", ("float",), "demographic.education"),
    ("Student", "gpa", ("float",), "demographic.education"),
    # telecom
    ("Subscriber", "sim_serial", (), "online.device_id"),
    ("CallRecord", "callee_number", (), "contact.phone"),
    ("Cdr", "duration", ("int",), "behaviour.activity"),
    ("Visitor", "first_seen_at", ("datetime",), "behaviour.activity"),
]


@pytest.mark.parametrize(("owner", "name", "types", "expected"), POSITIVE)
def test_round4_positive(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...], expected: str
) -> None:
    assert element(catalog, owner, name, types) == expected


NEGATIVE = [
    # the same words about products, code and forms
    ("Product", "weight", ("float",)),
    ("Recipe", "calories", ("int",)),
    ("MenuItem", "kcal", ("int",)),
    ("Wizard", "steps", ()),
    ("Pipeline", "step_count", ("int",)),
    ("Wizard", "total_steps", ("int",)),
    ("Worker", "sleep_seconds", ("float",)),
    ("Poller", "sleep_duration", ("float",)),
    ("Candidate", "steps", ()),
    ("Rule", "severity", ()),
    ("Condition", "operator", ()),
    ("AlertCondition", "severity", ()),
    ("Invoice", "period_start", ("date",)),
    ("BillingCycle", "cycle_length", ("int",)),
    ("Batch", "lot_number", ()),
    ("Job", "duration_s", ("int",)),
    ("Route", "distance_m", ("float",)),
    ("Invoice", "po_number", ()),
    ("Department", "cost_centre", ()),
    ("Contract", "contract_type", ()),
    ("Spreadsheet", "cell", ()),
    ("Task", "attempts", ("int",)),
    ("Course", "progress", ("float",)),
    ("Wallet", "holiday_balance", ("Decimal",)),
    ("DeviceContext", "model", ()),
    ("DeviceContext", "os_version", ()),
    ("Server", "locale", ()),
]


@pytest.mark.parametrize(("owner", "name", "types"), NEGATIVE)
def test_round4_negative(
    catalog: ElementCatalog, owner: str, name: str, types: tuple[str, ...]
) -> None:
    assert element(catalog, owner, name, types) is None

"""After holdout9's first run: who did something (edited_by), a contact's name on an
organisation, a DICOM PatientModule, passport and finance-agreement records, timesheets,
sleep-study measurements, numbers and PINs a person holds."""

from __future__ import annotations

import pytest

from privlint.catalog import load_catalog
from privlint.catalog.elements import ElementCatalog
from privlint.classify import classify_field, names_person

from .conftest import field_element, make_fact

CATALOG = load_catalog().elements


@pytest.mark.parametrize(
    ("owner", "name", "types", "expected"),
    [
        # who did it: a string is their login, a key links to them, a paper act names them
        ("ClockEvent", "edited_by", ("str",), "identity.username"),
        ("ScanEvent", "scanned_by", ("str",), "identity.username"),
        ("Alert", "acknowledged_by", ("int",), "identity.person_id"),
        ("DbsCheck", "checked_by", ("str",), "identity.name"),
        ("Birth", "delivered_by", ("str",), "identity.name"),
        ("Pledge", "redeem_by", ("date",), None),  # a deadline, not a person
        ("Report", "sort_by", ("str",), None),
        ("Query", "order_by", ("str",), None),
        # a contact's name is a person's, even on an organisation's record
        ("ReferralAgency", "contact_name", ("str",), "identity.name"),
        ("ReferralAgency", "contact_email", ("str",), None),  # the agency's inbox
        ("Consignment", "pod_signed_name", ("str",), "identity.name"),
        # a person's class behind a software suffix
        ("PatientModule", "sex", ("str",), "demographic.gender"),
        ("PatientModule", "birth_date", ("str",), "demographic.date_of_birth"),
        ("Module", "age", ("str",), None),  # a module alone is still the system's
        # records of one identity document
        ("Passport", "number", ("str",), "identity.passport"),
        ("Passport", "expires_on", ("date",), "identity.passport"),
        ("Book", "number", ("str",), None),
        # a finance agreement's terms are the borrower's credit
        ("FinanceApplication", "apr", ("Decimal",), "financial.credit"),
        ("FinanceApplication", "term_months", ("int",), "financial.credit"),
        ("FinanceApplication", "monthly_payment", ("Decimal",), "financial.credit"),
        ("Quote", "deposit", ("Decimal",), None),  # a booking's deposit is an order amount
        ("PartExchange", "outstanding_finance", ("Decimal",), "financial.credit"),
        # a worker's timesheet and payroll lines
        ("Timesheet", "hours_worked", ("float",), "employment.record"),
        ("PayrollExportLine", "pay_code", ("str",), "employment.record"),
        ("PayrollExportLine", "rate", ("Decimal",), "financial.income"),
        ("Room", "hours", ("str",), None),
        # numbers a person holds
        ("ExceptionRow", "payroll_number", ("str",), "identity.person_id"),
        ("TillSale", "pupil_upn", ("str",), "identity.person_id"),
        ("ScheduledProcedure", "patient_mrn", ("str",), "identity.person_id"),
        ("Member", "card_number", ("str",), "identity.person_id"),  # a membership card
        ("Engineer", "cscs_card_number", ("str",), "identity.person_id"),
        ("Payment", "card_number", ("str",), "financial.card"),
        ("Guest", "couple_id", ("int",), "identity.person_id"),
        ("Breakdown", "patrol_id", ("int",), "identity.person_id"),
        # PINs and pairing codes
        ("Pupil", "till_pin", ("str",), "credentials.password"),
        ("PairingRequest", "pairing_code", ("str",), "credentials.secret"),
        ("MapMarker", "drop_pin", ("str",), None),
        # sleep studies and oximetry, summary statistics of a vital sign
        ("NightSummary", "ahi", ("float",), "health.measurement"),
        ("NightSummary", "spo2_min", ("float",), "health.measurement"),
        ("NightSummary", "total_sleep_min", ("int",), "health.measurement"),
        ("NightUpload", "hr_samples", ("list",), "health.measurement"),
        ("AlertRule", "min_age", ("int",), None),  # a setting still
        # adjustments for a disability
        ("Complainant", "needs_adjustments", ("str",), "health.condition"),
        ("Order", "price_adjustments", ("Decimal",), None),
        # a radio address of a person's wearable; a platform handle beats a plain login
        ("Device", "bluetooth_mac", ("str",), "online.mac_address"),
        ("Student", "github_username", ("str",), "online.social_id"),
        ("Student", "username", ("str",), "identity.username"),
        # after holdout10's first run: journey stops, blood-pressure columns, thresholds
        ("Ticket", "origin_crs", ("str",), "location.coarse"),
        ("DelayRepayClaim", "departure_station", ("str",), "location.coarse"),
        ("GateTap", "station_crs", ("str",), "location.coarse"),
        ("Station", "crs", ("str",), None),
        ("ReadingRow", "sys", ("int",), "health.measurement"),
        ("ReadingRow", "dia", ("int",), "health.measurement"),
        ("Thresholds", "red_systolic", ("int",), None),  # a clinic's setting, no one's reading
        ("Booking", "lead_booker_name", ("str",), "identity.name"),
        ("Event", "arbiter_name", ("str",), "identity.name"),
        # a lone Policy is an insurance policy; a PasswordPolicy is configuration
        ("Policy", "direct_debit_sort_code", ("str",), "financial.bank_account"),
        ("PasswordPolicy", "min_length", ("int",), None),
        ("RetentionPolicy", "support_email", ("str",), None),
        # on a person's record: the last time they did something, how much this year
        ("Patient", "last_upload_at", ("datetime",), "behaviour.activity"),
        ("Patient", "last_updated_at", ("datetime",), None),  # the record's own time
        ("Order", "last_upload_at", ("datetime",), None),
        ("Member", "callouts_this_year", ("int",), "behaviour.activity"),
        ("Member", "home_airport", ("str",), "location.coarse"),
        ("Borrower", "country_of_domicile", ("str",), "location.coarse"),
        ("Member", "external_uid", ("str",), "identity.person_id"),
        ("Member", "waiver_signature", ("str",), "identity.signature"),
        ("Member", "membership_type", ("str",), "account.status"),
        ("Claimant", "department", ("str",), "employment.record"),
        ("Alumnus", "graduation_year", ("int",), "demographic.education"),
        ("Student", "prior_education", ("str",), "demographic.education"),
        ("Member", "proficiency", ("str",), "demographic.language"),
        ("SponsoredWorker", "soc_code", ("str",), "employment.job_title"),
        ("Patient", "referral_reason", ("str",), "health.condition"),
        ("Voucher", "referral_reason", ("str",), "content.note"),  # not clinical: a note (round 12)
        ("ClientCreate", "presenting_concern", ("str",), "health.condition"),
        ("Patient", "hypertension_stage", ("str",), "health.condition"),
        # a yes/no that is the fact itself (flag = true); a yes/no about handling is not
        ("MeansAssessment", "on_benefits", ("bool",), "financial.income"),
        ("Pupil", "free_school_meals", ("bool",), "financial.income"),
        ("Applicant", "bankrupt", ("bool",), "financial.credit"),
        ("Customer", "email_verified", ("bool",), None),
        ("Employee", "salary", ("bool",), None),  # a plain income word: a bool is no salary
        # more clinical vocabulary, medicines, risks
        ("Patient", "family_history_glaucoma", ("bool",), "health.condition"),
        ("MedicalHistoryForm", "takes_blood_thinners", ("bool",), "health.medication"),
        ("ClientCreate", "risk_self_harm", ("bool",), "health.condition"),
        ("ClassifierScores", "self_harm", ("float",), None),  # a moderation score
        ("CarePlan", "dnacpr_in_place", ("bool",), "health.condition"),
        ("Incident", "hospital_referral", ("bool",), "health.condition"),
        # an identity document's country, a called number, journey taps, a person's token
        ("Document", "issuing_country", ("str",), "demographic.nationality"),
        ("Supplier", "issuing_country", ("str",), None),
        ("UsageRecord", "called_number", ("str",), "contact.phone"),
        ("Journey", "tap_on_stop", ("str",), "location.coarse"),
        ("VideoRoomToken", "join_token", ("str",), "credentials.token"),
        ("Signup", "no_show", ("bool",), "behaviour.activity"),
        ("Hearing", "companion_is_union_rep", ("bool",), "demographic.trade_union"),
        # round 7e: shipping names and lines, plus-ones, attendance, opens and clicks
        ("Order", "ship_to_name", ("str",), "identity.name"),
        ("Order", "ship_to_line1", ("str",), "contact.postal_address.street"),
        ("RsvpForm", "plus_one_name", ("str",), "identity.name"),
        ("ClassBooking", "attended", ("bool",), "behaviour.activity"),
        ("Invoice", "attended", ("bool",), None),
        ("Delivery", "opened_at", ("datetime",), "behaviour.activity"),
        ("Ticket", "opened_at", ("datetime",), None),  # a ticket's own lifecycle
        ("MeterReading", "read_at", ("datetime",), None),
        ("Author", "orcid", ("str",), "identity.person_id"),
        ("Author", "affiliation", ("str",), "employment.employer"),
        ("Candidate", "current_title", ("str",), "employment.job_title"),
        ("Engineer", "gas_safe_number", ("str",), "identity.person_id"),
        ("Householder", "vulnerable_customer", ("bool",), "health.condition"),
        ("Scanner", "vulnerability_count", ("int",), None),
        ("Applicant", "immigration_status", ("str",), "demographic.nationality"),
        ("Applicant", "savings", ("Decimal",), "financial.account_balance"),
        ("MembershipForm", "club_news_by_email", ("bool",), "preferences.marketing"),
        ("Player", "gamer_tag", ("str",), "identity.username"),
        ("Player", "twitch_url", ("str",), "online.social_id"),
        # after holdout11's first run
        ("PaymentMethodSchema", "expiry", ("str",), "financial.card"),  # a bare card expiry
        ("CoolingUnit", "unit_id", ("str",), None),  # no hospital unit number
        ("Mentor", "dbs_certificate_number", ("str",), "identity.person_id"),
        ("Candidate", "driver_number", ("str",), "identity.driving_licence"),
        ("Child", "school_name", ("str",), "demographic.education"),
        ("SlotSearch", "near_postcode", ("str",), "location.coarse"),
        ("Customer", "home_postcode", ("str",), "contact.postal_address.postcode"),
        ("TransportBooking", "pickup_address", ("str",), "contact.postal_address"),
        ("Attendance", "payment_account", ("str",), "financial.bank_account"),
        ("UnitContact", "ward_phone", ("str",), None),  # the ward's, not the contact's
        ("Turbine", "scada_password", ("str",), None),  # plant credentials
        (
            "MentorApplicationForm",
            "why_volunteer",
            ("str",),
            "content.message",
        ),  # the applicant's answer (round 11)
        ("SessionObservation", "pre_weight_kg", ("float",), "health.measurement"),
        ("MonthlyBloods", "potassium", ("float",), "health.measurement"),
        ("Patient", "hepatitis_b_status", ("str",), "health.condition"),
        ("Technician", "name", ("str",), "identity.name"),  # a person at work, by job
        ("Technician", "login_pin", ("str",), "credentials.password"),
        ("Engineer", "region", ("str",), "employment.record"),  # the patch they cover
        ("Shipment", "signed_for_by", ("str",), "identity.name"),
        ("Pitch", "latitude", ("float",), None),
        # an organisation's inboxes
        ("Creditor", "payments_email", ("str",), None),
        ("Publication", "from_email", ("str",), None),
        ("Journal", "editorial_email", ("str",), None),
        ("Customer", "email", ("str",), "contact.email"),
        # a class's own key is no link to a person; on a person's class it is the row's
        # primary key by another name, like `id` (round 11), while a number they quote stays
        ("Chair", "chair_id", ("str",), None),
        ("Hearing", "chair_id", ("int",), "identity.person_id"),  # the hearing's chairperson
        ("Driver", "driver_id", ("str",), None),
        ("Member", "member_number", ("str",), "identity.person_id"),
        ("Trip", "driver_id", ("int",), "identity.person_id"),
        ("SessionInfo", "session_id", ("str",), "online.session_id"),
        ("Application", "disability_category", ("str",), "health.condition"),
        # round 8 (after holdout12's first run)
        ("Tower", "name", ("str",), None),  # a bell tower is a place
        ("Diner", "work_email", ("str",), "contact.email"),
        ("ConcertSchema", "conductor", ("str",), "identity.name"),
        ("Registration", "hla_a", ("str",), "genetic.data"),
        ("Hacker", "over_18", ("bool",), "demographic.age"),
        ("Shipment", "over_18_confirmed", ("bool",), "demographic.age"),
        ("Cricket", "over", ("int",), None),
        ("Ringer", "is_junior", ("bool",), "demographic.age"),
        ("Reading", "mmol", ("float",), "health.measurement"),
        ("UserProfile", "diagnosed_year", ("int",), "health.condition"),
        ("Client", "substance_use", ("str",), "health.condition"),
        ("Client", "known_as", ("str",), "identity.name"),
        ("RegisterRowSchema", "attended", ("bool",), "behaviour.activity"),
        ("Pupil", "pickup_stop", ("str",), "location.coarse"),
        ("DonorBase", "cmv_status", ("str",), "health.condition"),
        ("DrugTest", "crn", ("str",), "identity.person_id"),
        ("Case", "urn", ("str",), None),  # a court case's unique reference number
        ("PartnerShare", "share_token", ("str",), "credentials.token"),
        ("Visit", "medication_given", ("str",), "health.medication"),
        ("MemberCard", "miles_balance", ("int",), "financial.account_balance"),
        ("Play", "skipped", ("bool",), "behaviour.activity"),
        ("TasteProfile", "top_genres", ("list",), "behaviour.preferences_inferred"),
        ("Member", "favourite_drink", ("str",), "behaviour.preferences_inferred"),
        ("DbsCheck", "certificate_number", ("str",), "identity.person_id"),
        ("Hearing", "companion_name", ("str",), "identity.name"),
        ("Command", "issued_by", ("str",), "identity.username"),
        ("OfferRecord", "surgeon_gmc", ("str",), "identity.person_id"),
        ("TriageDecision", "reply_to_patient", ("str",), "content.message"),
        ("SightingReportSerializer", "person_description", ("str",), "content.note"),
        # round 8d (after holdout13's first run)
        ("Booking", "party_date_of_birth", ("date",), "demographic.date_of_birth"),
        ("Event", "date_of_birth_party", ("date",), None),  # a birthday party's date
        ("PriceQuoteSchema", "client_email", ("str",), "contact.email"),
        ("Settings", "email_client", ("str",), None),
        ("RotaReminder", "key_holder_phone", ("str",), "contact.phone"),
        ("ResultRow", "bib", ("str",), "identity.person_id"),
        ("Member", "licence_expiry", ("date",), "identity.driving_licence"),
        ("ConsentSubmitSchema", "signature", ("str",), "identity.signature"),
        ("WebhookEvent", "signature", ("str",), None),
        ("Screening", "bleeding_disorder", ("bool",), "health.condition"),
        ("Apprentice", "has_learning_difficulty", ("bool",), "health.condition"),
        ("Patient", "uses_bsl", ("bool",), "demographic.language"),
        ("Van", "tracker_imei", ("str",), None),
        ("Dedication", "in_memory_of", ("str",), "identity.name"),
        ("Child", "health_needs", ("str",), "health.condition"),
        ("Adopter", "health_declaration", ("str",), "health.condition"),
        ("Claim", "injuries_sustained", ("str",), "health.condition"),
        ("Item", "condition_notes", ("str",), None),  # an item's wear and tear
        # round 8e (after holdout14's first run)
        ("SkinPrickTest", "tested_by", ("str",), "identity.name"),
        ("RepaymentSchema", "account_name", ("str",), "identity.name"),
        ("User", "username", ("str",), "identity.username"),
        ("Dispute", "tenant_statement", ("str",), "content.message"),
        ("Mission", "released_by_badge", ("str",), "identity.person_id"),
        ("Pool", "phone", ("str",), None),  # a swimming pool's
        ("Learner", "ldd_declared", ("bool",), "health.condition"),
        ("FosteringService", "finance_email", ("str",), None),
        ("ChildNeedsSerializer", "social_worker_email", ("str",), "contact.email"),
        ("Settings", "email_worker", ("str",), None),  # a background job
        # round 9 (after holdout15's first run)
        ("TeamMember", "mobile", ("str",), "contact.phone"),  # a member of a team is a person
        ("Team", "phone", ("str",), None),
        ("ReferralForm", "start_date", ("date",), None),  # a date is never a first name
        ("Casualty", "name", ("str",), "identity.name"),
        ("Casualty", "gcs", ("int",), "health.measurement"),
        ("Callout", "informant_name", ("str",), "identity.name"),
        ("Course", "postcode", ("str",), None),  # a golf course is a place
        ("Surveillance", "fev1_litres", ("float",), "health.measurement"),
        ("Assessment", "fit_for_work", ("bool",), "health.condition"),
        ("Application", "uses_walking_aid", ("bool",), "health.condition"),
        ("Pupil", "walking_distance_miles", ("float",), None),
        ("PrescriptionItem", "drug_name", ("str",), "health.medication"),
        ("Volunteer", "vote", ("str",), "demographic.political_opinion"),
        ("Steward", "sia_licence_number", ("str",), "identity.person_id"),
        ("Member", "subscription_paid", ("bool",), "account.status"),
        # round 10 (after holdout16's first run)
        ("YoungPerson", "case_number", ("str",), "identity.person_id"),
        ("Deceased", "case_ref", ("str",), None),  # a funeral's case, not the person's
        ("Claim", "payee_account_name", ("str",), "identity.name"),
        ("Document", "mrz", ("str",), "identity.passport"),
        ("Child", "appellant_id", ("int",), "identity.person_id"),
        ("School", "headteacher", ("str",), "identity.name"),
        ("GameSession", "initials", ("str",), "identity.name"),
        ("CoinEvent", "denomination_p", ("int",), None),  # a coin's value
        ("Plot", "latitude", ("float",), None),
        ("Interment", "age_at_death", ("int",), "demographic.age"),
        ("Interment", "last_address", ("str",), "contact.postal_address"),
        ("DeafClient", "deafblind", ("bool",), "health.condition"),
        ("MedicalRecord", "concussion_history", ("str",), "health.condition"),
        ("Client", "patch_test_reaction", ("str",), "health.condition"),
        ("Treatment", "needs_patch_test", ("bool",), None),
        ("Applicant", "benefit_type", ("str",), "financial.income"),
        ("Staff", "extension", ("str",), "contact.phone"),
        # precision after holdout17's first run
        ("Parent", "place_of_birth", ("str",), "location.coarse"),  # not a date (round 11: a place)
        ("Parent", "date_of_birth", ("date",), "demographic.date_of_birth"),
        ("Establishment", "phone", ("str",), None),  # a food business's
        ("Referral", "referrer", ("str",), "identity.name"),  # who referred, by name
        ("Referral", "referrer", ("int",), "identity.person_id"),
        ("PageView", "referrer", ("str",), "behaviour.activity"),  # the HTTP header
        ("Courier", "carrier", ("str",), None),  # a shipping carrier, no genetic carrier
        ("Patient", "carrier_status", ("str",), "genetic.data"),
        ("Booking", "amount_paid", ("Decimal",), None),  # an order amount (LABELLING.md)
        ("Invoice", "payment_history", ("list",), "financial.transaction"),
        ("VoucherClaimSerializer", "supplier_sort_code", ("str",), None),
        ("BankDetails", "sort_code", ("str",), "financial.bank_account"),
        ("Institution", "phone", ("str",), None),  # a museum's
        ("Yard", "postcode", ("str",), None),  # a livery yard's
        ("Producer", "contact_email", ("str",), None),  # a winery's
    ],
)
def test_round7_cases(owner: str, name: str, types: tuple[str, ...], expected: str | None) -> None:
    assert field_element(CATALOG, owner, name, types) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("contact_name", True), ("contact_email", False), ("contact_surname", True)],
)
def test_a_contacts_name_names_a_person(name: str, expected: bool) -> None:
    assert names_person(name, CATALOG) is expected


def test_a_link_named_after_its_target_record_holds_no_value_of_its_own(
    catalog: ElementCatalog,
) -> None:
    def linked(name: str, related: str) -> str | None:
        result = classify_field(make_fact("Delivery", name, (), related=related), catalog)
        return result.element if result else None

    assert linked("prescription", "Prescription") is None  # the record, not the medicine
    assert linked("device_id", "Device") is None
    assert linked("employer", "Employer") == "employment.employer"  # an organisation link
    assert linked("adjuster_id", "Adjuster") == "identity.person_id"  # names a person

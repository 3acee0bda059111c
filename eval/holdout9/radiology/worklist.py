from datetime import datetime

import attr
from attrs import define, field


@attr.s(slots=True)
class Modality:
    ae_title = attr.ib()
    host = attr.ib()
    port = attr.ib(default=104)
    manufacturer = attr.ib(default=None)
    room = attr.ib(default=None)
    accepts_worklist = attr.ib(default=True)


@define
class ScheduledProcedure:
    accession_number: str
    patient_mrn: str
    patient_name: str
    patient_birth_date: str
    modality: str
    scheduled_start: datetime
    scheduled_station_ae: str
    requested_procedure: str
    pregnancy_status: str | None = None
    contrast_allergy: bool = False
    egfr: float | None = field(default=None)
    transport: str = field(default="walking")  # walking / wheelchair / trolley / bed


@define
class ReportDraft:
    accession_number: str
    radiologist_name: str
    findings: str = ""
    impression: str = ""
    critical_result: bool = False
    dictated_at: datetime | None = None
    template_name: str = "general"

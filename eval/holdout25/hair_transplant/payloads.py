from typing import TypedDict

from typing_extensions import NotRequired


class ClinicianRow(TypedDict):
    clinician_id: int
    name: str
    gmc_number: str
    role: str
    clinic: str


class SurgeryDayRow(TypedDict):
    theatre: str
    date: str
    patient_ref: str
    grafts_extracted: int
    grafts_implanted: int
    technician_count: NotRequired[int]


CrmLeadWebhook = TypedDict(
    "CrmLeadWebhook",
    {
        "lead_id": str,
        "email": str,
        "utm_source": str,
        "landing_page": str,
        "submitted_at": str,
    },
)

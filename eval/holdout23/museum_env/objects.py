from datetime import datetime

from attrs import define, field


@define
class LoanObject:
    accession_number: str
    title: str
    lender_institution: str
    material: str
    sensitivity: str = "medium"
    light_budget_klux_h: float = 150.0
    age_years: int | None = None
    conservator: str | None = None


@define
class LoggerDownload:
    logger_serial: str
    downloaded_at: datetime
    downloaded_by: str
    file_path: str = field(default="")

from enum import Enum


class CaseType(str, Enum):
    CONDUCT = "conduct"
    GROSS_MISCONDUCT = "gross_misconduct"
    CAPABILITY = "capability"
    ATTENDANCE = "attendance"
    GRIEVANCE = "grievance"


class CaseOutcome(str, Enum):
    NO_ACTION = "no_action"
    INFORMAL = "informal_warning"
    FIRST_WRITTEN = "first_written_warning"
    FINAL_WRITTEN = "final_written_warning"
    DISMISSAL = "dismissal"

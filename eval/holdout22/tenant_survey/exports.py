from typing import TypedDict


class CallbackRequest(TypedDict):
    tenancy_ref: str
    name: str
    phone: str
    best_time: str
    issue_summary: str


class RegulatorReturn(TypedDict, total=False):
    provider_code: str
    year: int
    sample_size: int
    tp01_overall: float
    tp02_repairs: float
    tp05_safe_home: float
    collection_method: str


VerbatimComment = TypedDict(
    "VerbatimComment",
    {
        "response_id": str,
        "estate": str,
        "theme": str,
        "comment": str,
        "sentiment": float,
    },
)

DemographicsRow = TypedDict(
    "DemographicsRow",
    {"response_id": str, "age_band": str, "ethnic_group": str, "disability": bool, "household_size": int},
)

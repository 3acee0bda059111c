from typing import TypedDict


class MonthlySummary(TypedDict):
    month: str
    total: str
    by_service: dict[str, str]
    forecast: str
    top_accounts: list[str]


class TagPolicy(TypedDict, total=False):
    required_tags: list[str]
    owner_tag_key: str
    cost_centre_tag_key: str
    enforce: bool


RightsizingHint = TypedDict(
    "RightsizingHint",
    {
        "resource_id": str,
        "instance_type": str,
        "suggested_type": str,
        "monthly_saving": str,
        "cpu_p95": float,
        "created_by": str,
    },
)

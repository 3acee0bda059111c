from typing import Any, Literal, Optional, TypedDict

from pydantic import BaseModel, Field


class EvaluationContext(BaseModel):
    key: str
    kind: str = "user"
    anonymous: bool = False
    country: Optional[str] = None
    custom: dict[str, Any] = Field(default_factory=dict)


class FlagEvaluation(BaseModel):
    flag_key: str
    variation: int
    version: int
    reason: Literal["OFF", "FALLTHROUGH", "TARGET_MATCH", "RULE_MATCH", "ERROR"]
    track_events: bool = False


class MonthlyUsage(TypedDict):
    project_key: str
    month: str
    evaluations: int
    usage: float
    monthly_active_contexts: int

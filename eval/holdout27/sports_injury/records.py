from typing import TypedDict


class OutcomeScore(TypedDict):
    patient_id: str
    questionnaire: str
    score: float
    completed_at: str


class WearableSample(TypedDict, total=False):
    patient_id: str
    device_id: str
    steps: int
    heart_rate: int
    sampled_at: str

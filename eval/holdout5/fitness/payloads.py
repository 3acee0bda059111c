"""Wire formats sent by the wearable and returned by the fitness API."""

from __future__ import annotations

from typing import Literal, NotRequired, TypedDict


class DeviceHello(TypedDict):
    device_serial: str
    firmware_version: str
    model: str
    battery_level: int
    paired_phone_os: NotRequired[str]


class HeartRateSample(TypedDict):
    ts: int
    bpm: int
    confidence: float


class StepBucket(TypedDict):
    start: int
    end: int
    steps: int
    distance_m: float
    active_kcal: float


class SleepStage(TypedDict):
    stage: Literal["awake", "light", "deep", "rem"]
    start: int
    seconds: int


class SyncBatch(TypedDict):
    device_serial: str
    user_id: str
    heart_rate: list[HeartRateSample]
    steps: list[StepBucket]
    sleep: list[SleepStage]
    spo2_percent: NotRequired[list[float]]
    skin_temp_c: NotRequired[list[float]]


class RoutePoint(TypedDict):
    lat: float
    lon: float
    elevation_m: float
    t: int


class ChartPoint(TypedDict):
    x: int
    y: float

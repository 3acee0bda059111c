from typing import Literal, TypedDict


class DoorEvent(TypedDict):
    site_code: str
    compartment: str
    event: Literal["opened", "closed", "forced", "left_open"]
    at: int
    by: Literal["courier", "recipient", "engineer", "remote"]


class EnvironmentSample(TypedDict):
    site_code: str
    cabinet_temp_c: float
    humidity_pct: float
    heater_on: bool
    mains_ok: bool
    battery_pct: int


ControllerHello = TypedDict(
    "ControllerHello",
    {
        "controller_serial": str,
        "firmware": str,
        "sim_iccid": str,
        "signal_dbm": int,
        "ip": str,
        "boot_reason": str,
    },
)

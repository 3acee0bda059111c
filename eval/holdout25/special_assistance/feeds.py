from typing import TypedDict

PrmManifestRow = TypedDict(
    "PrmManifestRow",
    {
        "pnr": str,
        "pax_name": str,
        "ssr": str,
        "seat": str,
        "flight": str,
        "std": str,
    },
)


class AirlineSummary(TypedDict, total=False):
    carrier: str
    flight: str
    prm_count: int
    wchc_count: int
    sent_at: str


class AgentShift(TypedDict):
    agent_id: int
    agent_name: str
    radio_callsign: str
    terminal: str
    shift_start: str
    shift_end: str

from typing import TypedDict

UplinkFrame = TypedDict(
    "UplinkFrame",
    {
        "devEui": str,
        "fCnt": int,
        "rssi": int,
        "snr": float,
        "payload_hex": str,
        "gatewayId": str,
        "receivedAt": str,
    },
)


class LeakAlert(TypedDict):
    dma_code: str
    suspected_leak_m3_day: float
    raised_at: str
    assigned_to: str
    customer_reported: bool
    customer_contact_phone: str


class HouseholdUsage(TypedDict):
    customer_id: int
    average_daily_litres: float
    occupants: int
    metered_tariff: bool

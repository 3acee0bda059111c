from typing import TypedDict


class TelemetryFrame(TypedDict):
    asset_tag: str
    ts: str
    cabinet_temp_c: float
    door_open: bool
    coin_box_total_pence: int
    faults: list[str]


class CashlessSale(TypedDict):
    asset_tag: str
    ts: str
    sku: str
    amount_pence: int
    card_scheme: str
    card_last4: str
    psp_token: str
    authorised: bool


SalesSummary = TypedDict(
    "SalesSummary",
    {"asset_tag": str, "day": str, "units": int, "revenue_pence": int, "top_sku": str},
)

from decimal import Decimal
from typing import NamedTuple


class PriceRow(NamedTuple):
    sku: str
    description: str
    qty: int
    price: Decimal
    vat_rate: Decimal = Decimal("0.20")


class ImpositionPlan(NamedTuple):
    sheet: str
    up: int
    waste_pct: float
    press: str = "digital"

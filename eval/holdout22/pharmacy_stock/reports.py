from dataclasses import dataclass
from datetime import date


@dataclass
class ShortageAlert:
    pip_code: str
    product_name: str
    branches_out_of_stock: int
    expected_back: date | None
    alternative_pip: str | None


@dataclass
class ExpiryReport:
    branch_code: str
    product_name: str
    batch_number: str
    expiry: date
    quantity: int
    value_at_cost: float


@dataclass
class WastageSummary:
    branch_code: str
    month: str
    units: int
    value: float
    top_reason: str

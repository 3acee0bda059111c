from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class AvailabilityQuery:
    period: str | None
    gender: str | None
    size_label: str | None
    from_date: date
    to_date: date


@dataclass
class HireQuote:
    costume_ids: list[int]
    days: int
    subtotal: Decimal
    deposit: Decimal
    vat: Decimal


@dataclass
class PerformerSizes:
    name: str
    height_cm: int | None = None
    chest_cm: int | None = None
    waist_cm: int | None = None
    shoe_size_uk: float | None = None


@dataclass
class ReturnChecklist:
    order_id: int
    checked_by: str
    items_missing: list[int] = field(default_factory=list)
    cleaning_required: bool = True
    late_fee: Decimal = Decimal("0")

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass
class Payment:
    member_id: int
    amount: Decimal
    paid_on: date
    method: str = "bank_transfer"
    reference: str = ""
    payer_sort_code: str | None = None
    payer_account_last4: str | None = None


@dataclass
class HarvestLog:
    plot_number: str
    crop: str
    weight_kg: float
    logged_on: date
    logged_by: str


@dataclass(frozen=True)
class SiteConfig:
    site_name: str
    gate_code: str
    water_meter_id: str
    committee_email: str
    max_plots_per_member: int = 1
    fee_bands: dict[str, Decimal] = field(default_factory=dict)

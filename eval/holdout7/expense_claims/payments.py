from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Optional


@dataclass
class ReimbursementInstruction:
    claim_id: int
    employee_number: str
    payee_name: str
    sort_code: str
    account_number: str
    amount: Decimal
    pay_with_salary: bool = True
    payroll_run: Optional[str] = None


@dataclass
class CardStatementLine:
    card_last4: str
    cardholder_employee_number: str
    posted_on: date
    merchant: str
    mcc: str
    amount: Decimal
    matched_claim_id: Optional[int] = None


@dataclass(frozen=True)
class PolicyLimits:
    hotel_london_per_night: Decimal = Decimal("180.00")
    hotel_elsewhere_per_night: Decimal = Decimal("120.00")
    meal_allowance: Decimal = Decimal("25.00")
    mileage_rate_first_10k: Decimal = Decimal("0.45")
    mileage_rate_after: Decimal = Decimal("0.25")
    receipt_required_over: Decimal = Decimal("10.00")

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple


@dataclass
class PayslipLine:
    staff_number: str
    ni_number: str
    tax_code: str
    period: str
    basic_pay: Decimal
    overtime_pay: Decimal = Decimal("0")
    sunday_enhancement: Decimal = Decimal("0")
    union_subs: Decimal = Decimal("0")


class PayRates(NamedTuple):
    grade: str
    base_hourly: Decimal
    overtime_multiplier: Decimal
    sunday_multiplier: Decimal

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional


@dataclass
class RouteDay:
    route_code: str
    van_registration: str
    stops: list[int] = field(default_factory=list)
    driver_name: str = ""
    mileage_estimate: float = 0.0


@dataclass(frozen=True)
class HomeDeliveryRequest:
    borrower_card: str
    favourite_genres: tuple[str, ...]
    delivery_notes: str
    carer_phone: Optional[str]
    mobility_needs: str
    preferred_day: str = "Tuesday"


@dataclass
class OverdueNotice:
    borrower_id: int
    email: Optional[str]
    titles: list[str]
    days_overdue: int
    total_fines: Decimal = Decimal("0.00")

    def subject(self) -> str:
        return f"{len(self.titles)} item(s) overdue"

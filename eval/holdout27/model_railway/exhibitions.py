from dataclasses import dataclass, field
from datetime import date


@dataclass
class ExhibitionStand:
    stand_no: int
    layout_name: str
    exhibitor_club: str
    contact_name: str
    club_email: str
    power_sockets: int = 1
    table_length_m: float = 0.0


@dataclass
class TicketSale:
    ticket_ref: str
    buyer_email: str
    adults: int = 1
    children: int = 0
    paid_pence: int = 0


@dataclass(frozen=True)
class CrewRota:
    exhibition_day: date
    member_no: str
    shift: str
    duty: str = "steward"


@dataclass
class ExhibitionPlan:
    title: str
    venue: str
    days: list[date] = field(default_factory=list)
    stands: list[ExhibitionStand] = field(default_factory=list)
    rota: list[CrewRota] = field(default_factory=list)

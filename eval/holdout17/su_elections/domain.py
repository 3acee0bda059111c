from datetime import datetime

import attr
import attrs
from attrs import define, field, frozen


@define
class Election:
    id: int
    title: str
    position: str
    seats: int = 1
    opens_at: datetime | None = None
    closes_at: datetime | None = None
    restricted_to: str | None = None
    reopen_nominations_option: bool = True


@define
class Voter:
    student_number: str
    email: str
    faculty: str
    year_of_study: int
    is_postgraduate: bool = False
    fee_status: str = "home"
    self_id_bme: bool = False
    self_id_lgbtq: bool = False
    self_id_disabled: bool = False
    self_id_women: bool = False
    has_voted: set[int] = field(factory=set)


@define
class Candidate:
    election_id: int
    student_number: str
    ballot_name: str
    pronouns: str | None = None
    slate: str | None = None
    manifesto: str = ""
    photo_url: str | None = None
    spend_declared: float = 0.0
    withdrawn: bool = False


@frozen
class Ballot:
    ballot_id: str
    election_id: int
    voter_hash: str
    rankings: tuple[int, ...] = attrs.field(converter=tuple)
    cast_at: datetime = attrs.field(factory=datetime.utcnow)
    ip_address: str | None = None
    user_agent: str | None = None


@attr.s(frozen=True, slots=True)
class CountRound:
    round_number = attr.ib(type=int)
    tallies = attr.ib(factory=dict)
    eliminated = attr.ib(default=None)
    elected = attr.ib(factory=list)
    quota = attr.ib(default=0.0)

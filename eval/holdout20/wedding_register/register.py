from __future__ import annotations

import datetime as dt
import enum

import attrs
from attrs import define, field, frozen


class Condition(enum.Enum):
    """The 'condition' column of the marriage register."""

    SINGLE = "single"
    WIDOWED = "widowed"
    DIVORCED = "previous marriage dissolved"
    DISSOLVED = "previous civil partnership dissolved"


class Preliminary(enum.Enum):
    BANNS = "after banns"
    COMMON_LICENCE = "by common licence"
    SPECIAL_LICENCE = "by special licence"
    SUPERINTENDENT_CERTIFICATE = "by superintendent registrar's certificate"


@define
class Party:
    forenames: str
    surname: str
    age: int
    condition: Condition
    occupation: str
    residence: str
    father_name: str = ""
    father_occupation: str = ""
    mother_name: str = ""
    mother_occupation: str = ""


@define
class Witness:
    name: str
    signature: bytes | None = None


@define
class MarriageEntry:
    entry_number: int = field(validator=attrs.validators.ge(1))
    register_book: str
    solemnised_on: dt.date
    church: str
    party_one: Party
    party_two: Party
    preliminary: Preliminary
    officiant: str
    witnesses: list[Witness] = field(factory=list)
    quarterly_return_sent: bool = False


@define
class BannsNotice:
    parish: str
    party_one_name: str
    party_one_parish: str
    party_two_name: str
    party_two_parish: str
    first_reading: dt.date | None = None
    second_reading: dt.date | None = None
    third_reading: dt.date | None = None
    objection: str | None = None


@frozen
class CertificateRequest:
    entry_number: int
    applicant_name: str
    applicant_email: str
    delivery_address: str
    copies: int = 1
    fee_pence: int = attrs.field(default=1100)
    paid: bool = False

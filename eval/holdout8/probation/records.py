from __future__ import annotations

from datetime import date, datetime
from typing import List, Optional

import attr
import attrs


@attr.s(auto_attribs=True, kw_only=True)
class PersonOnProbation:
    crn: str
    pnc_number: Optional[str] = None
    forename: str
    surname: str
    aliases: List[str] = attr.Factory(list)
    date_of_birth: date
    gender: str
    ethnicity: Optional[str] = None
    religion: Optional[str] = None
    address: Optional[str] = None
    postcode: Optional[str] = None
    phone: Optional[str] = None
    index_offence: str = ""
    sentence_type: str = "community_order"
    sentence_end: Optional[date] = None
    risk_level: str = "low"
    licence_conditions: List[str] = attr.Factory(list)
    offender_manager_id: Optional[int] = None
    tag_id: Optional[str] = None


@attrs.define
class SupervisionContact:
    crn: str
    contact_type: str
    starts_at: datetime
    office: str
    officer_name: str
    outcome: Optional[str] = None
    enforceable: bool = False
    notes: str = attrs.field(default="", repr=False)


@attrs.define
class DrugTest:
    crn: str
    tested_at: datetime
    sample_type: str = "oral_fluid"
    positive_for: List[str] = attrs.field(factory=list)
    refused: bool = False


@attrs.define
class ProbationOffice:
    code: str
    name: str
    address: str
    phone: str
    region: str
    duty_officer_phone: Optional[str] = None

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Optional

from sqlmodel import Field, SQLModel


class TestCategory(str, Enum):
    CAR = "B"
    MOTORCYCLE = "A"
    LORRY = "C"
    BUS = "D"


class TestOutcome(str, Enum):
    PASS = "pass"
    FAIL = "fail"
    ABANDONED = "abandoned"
    NO_SHOW = "no_show"


class Centre(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    address: str
    postcode: str
    latitude: float
    longitude: float
    manager_name: str


class Examiner(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    staff_number: str = Field(index=True, unique=True)
    name: str
    centre_id: int = Field(foreign_key="centre.id")
    grade: str = "DE"


class Candidate(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    driver_number: str = Field(index=True, unique=True, max_length=16)
    first_name: str
    last_name: str
    date_of_birth: date
    email: str
    mobile: Optional[str] = None
    needs_interpreter: bool = False
    special_requirements: Optional[str] = None
    theory_certificate: Optional[str] = Field(default=None, max_length=20)


class TestBooking(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    candidate_id: int = Field(foreign_key="candidate.id", index=True)
    centre_id: int = Field(foreign_key="centre.id")
    examiner_id: Optional[int] = Field(default=None, foreign_key="examiner.id")
    category: TestCategory = TestCategory.CAR
    slot_start: datetime
    fee_paid: Decimal = Field(default=Decimal("62.00"), max_digits=6, decimal_places=2)
    outcome: Optional[TestOutcome] = None
    driving_faults: Optional[int] = None
    serious_faults: Optional[int] = None
    examiner_remarks: Optional[str] = None

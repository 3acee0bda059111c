from datetime import date, datetime
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class WorkCategory(str, Enum):
    MINOR = "minor"
    STANDARD = "standard"
    MAJOR = "major"
    IMMEDIATE_EMERGENCY = "immediate_emergency"
    IMMEDIATE_URGENT = "immediate_urgent"


class TrafficManagement(str, Enum):
    NONE = "none"
    SIGNALS_TWO_WAY = "two_way_signals"
    SIGNALS_MULTI_WAY = "multi_way_signals"
    ROAD_CLOSURE = "road_closure"
    LANE_CLOSURE = "lane_closure"
    CONVOY = "convoy_workings"


class Location(BaseModel):
    usrn: str = Field(pattern=r"^\d{8}$")
    street_name: str
    town: str
    easting: int
    northing: int
    geometry_wkt: str


class Promoter(BaseModel):
    swa_code: str = Field(min_length=4, max_length=4)
    organisation: str
    contact_email: EmailStr
    out_of_hours_phone: str
    site_supervisor: str
    supervisor_mobile: str


class PermitApplication(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    permit_reference: str = Field(alias="permitRef")
    promoter: Promoter
    location: Location
    category: WorkCategory
    traffic_management: TrafficManagement = TrafficManagement.NONE
    proposed_start: date
    proposed_end: date
    description: str = Field(max_length=500)
    excavation: bool = True
    collaborative_works: bool = False


class Inspection(BaseModel):
    permit_reference: str
    inspected_at: datetime
    inspector_name: str
    outcome: Literal["pass", "fail", "unable"]
    defects: list[str] = []
    photo_urls: list[HttpUrl] = []
    fixed_penalty_issued: bool = False


class ResidentComplaint(BaseModel):
    permit_reference: str
    name: str
    email: EmailStr
    house_number: str
    message: str = Field(max_length=2000)

from datetime import date, datetime
from typing import Optional

from sqlmodel import Field, SQLModel


class Shelter(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    stop_code: str = Field(index=True, unique=True)
    street: str
    town: str
    latitude: float
    longitude: float
    illuminated: bool = True
    owner_council: str


class Panel(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    shelter_id: int = Field(foreign_key="shelter.id")
    format: str = "6-sheet"  # 6-sheet paper or d6 digital
    orientation: str = "portrait"
    screen_serial: Optional[str] = None
    mac_address: Optional[str] = Field(default=None, max_length=17)
    firmware_version: Optional[str] = None
    last_heartbeat: Optional[datetime] = None


class Advertiser(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    company_name: str
    vat_number: Optional[str] = None
    billing_email: str
    account_manager_name: str
    account_manager_phone: Optional[str] = None
    credit_limit: int = 0


class Campaign(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    advertiser_id: int = Field(foreign_key="advertiser.id")
    title: str
    creative_url: str
    starts_on: date
    ends_on: date
    age_restricted: bool = False  # HFSS / alcohol: keep away from schools
    target_gender: Optional[str] = None


class PanelBooking(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id")
    panel_id: int = Field(foreign_key="panel.id")
    week_commencing: date
    price_pence: int


class MaintenanceVisit(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    panel_id: int = Field(foreign_key="panel.id")
    engineer_id: int  # user id in the field-service app
    visited_at: datetime
    fault_code: Optional[str] = None
    fault_description: Optional[str] = None
    engineer_signature: Optional[str] = None  # base64 PNG from the handheld


class AudienceEstimate(SQLModel, table=True):
    id: Optional[int] = Field(default=None, primary_key=True)
    panel_id: int = Field(foreign_key="panel.id")
    week_commencing: date
    impressions: int
    age_16_34_share: float
    female_share: float

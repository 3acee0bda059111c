from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class TestPanel(str, Enum):
    ANCESTRY = "ancestry"
    HEALTH_PREDISPOSITION = "health"
    CARRIER_STATUS = "carrier"
    PHARMACOGENOMICS = "pgx"


class SampleType(Enum):
    SALIVA = 1
    BUCCAL_SWAB = 2
    DRIED_BLOOD_SPOT = 3


class ShippingAddress(BaseModel):
    line1: str
    line2: Optional[str] = None
    city: str
    postcode: str
    country: str = Field("GB", min_length=2, max_length=2)


class CustomerCreate(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    first_name: str = Field(..., max_length=60)
    last_name: str = Field(..., max_length=60)
    email: EmailStr
    password: str = Field(..., min_length=10)
    date_of_birth: date
    sex_at_birth: str = Field(..., pattern="^(female|male|intersex)$")
    phone: Optional[str] = None
    shipping_address: ShippingAddress
    research_consent: bool = False


class KitOrder(BaseModel):
    order_id: str
    customer_id: int
    panel: TestPanel
    kit_barcode: Optional[str] = Field(None, pattern=r"^[A-Z]{2}\d{10}$")
    price_gbp: Decimal = Field(..., decimal_places=2)
    ordered_at: datetime
    gift_recipient_name: Optional[str] = None


class SampleReceipt(BaseModel):
    kit_barcode: str
    received_at: datetime
    sample_type: SampleType = SampleType.SALIVA
    volume_ul: Optional[int] = Field(None, ge=0)
    technician_initials: str = Field(..., max_length=4)
    qc_passed: bool


class GenotypeResult(BaseModel):
    kit_barcode: str
    chip_version: str = "GSA-v3"
    call_rate: float = Field(..., ge=0, le=1)
    genotypes: dict[str, str] = Field(default_factory=dict, description="rsid -> genotype")
    raw_data_url: Optional[HttpUrl] = None
    maternal_haplogroup: Optional[str] = None
    paternal_haplogroup: Optional[str] = None
    ancestry_composition: dict[str, float] = Field(default_factory=dict)
    cyp2c19_phenotype: Optional[str] = None
    brca_variants_detected: list[str] = Field(default_factory=list)


class RelativeMatch(BaseModel):
    customer_id: int
    matched_customer_id: int
    shared_cm: float = Field(..., description="shared DNA in centimorgans")
    longest_segment_cm: float
    predicted_relationship: str
    match_display_name: Optional[str] = None
    hidden: bool = False

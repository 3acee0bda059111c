from pydantic import BaseModel, Field


class PaymentMethod(BaseModel):
    card_number: str = Field(min_length=12, max_length=19, pattern=r"^[0-9]+$")
    expiry_month: int = Field(ge=1, le=12)
    expiry_year: int = Field(ge=2024)
    cvc: str = Field(min_length=3, max_length=4)
    cardholder_name: str
    psp_token: str | None = None


class DirectDebitMandate(BaseModel):
    account_holder: str
    sort_code: str = Field(pattern=r"^\d{2}-?\d{2}-?\d{2}$")
    account_number: str = Field(pattern=r"^\d{8}$")
    bank_bic: str | None = None
    mandate_reference: str | None = None

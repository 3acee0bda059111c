from pydantic import BaseModel, EmailStr, Field


class LoginRequest(BaseModel):
    email: EmailStr
    password: str = Field(min_length=8)
    otp: str | None = Field(default=None, pattern=r"^\d{6}$")


class NhsLoginCallback(BaseModel):
    code: str
    state: str
    error: str | None = None


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    expires_in: int
    id_token: str


class LinkedAccount(BaseModel):
    proxy_for_nhs_number: str
    relationship: str
    access_level: str = "repeat_prescriptions"

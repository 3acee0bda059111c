from pydantic import BaseModel, EmailStr, Field


class GritBinRequest(BaseModel):
    requester_name: str = Field(max_length=120)
    requester_email: EmailStr
    location_description: str = Field(max_length=500)
    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)
    reason: str = Field(max_length=2000)


class RouteStatus(BaseModel):
    route_code: str
    name: str
    last_treated_at: str | None = None
    next_planned_at: str | None = None
    priority: int

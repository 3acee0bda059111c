from datetime import date, datetime
from enum import Enum
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class TShirt(str, Enum):
    XS = "xs"
    S = "s"
    M = "m"
    L = "l"
    XL = "xl"


class Hacker(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    name: str = Field(..., min_length=1, max_length=120)
    email: EmailStr
    github: Optional[str] = Field(None, description="GitHub username")
    linkedin_url: Optional[HttpUrl] = None
    university: Optional[str] = None
    graduation_year: Optional[int] = Field(None, ge=2000, le=2035)
    over_18: bool
    pronouns: Optional[str] = None
    dietary: list[str] = Field(default_factory=list)
    tshirt: TShirt = TShirt.M
    needs_travel_bursary: bool = False
    accessibility: Optional[str] = Field(None, max_length=500)
    sponsor_contact_ok: bool = False
    code_of_conduct: Literal[True]


class TeamIn(BaseModel):
    team_name: str = Field(..., max_length=60)
    members: list[EmailStr] = Field(..., min_length=1, max_length=5)
    looking_for: list[str] = Field(default_factory=list)
    idea: Optional[str] = Field(None, max_length=1000)


class Submission(BaseModel):
    team_id: int
    project_title: str
    repo_url: HttpUrl
    demo_video: Optional[HttpUrl] = None
    track: Literal["health", "climate", "fintech", "open"] = "open"
    built_with: list[str] = Field(default_factory=list)
    submitted_at: datetime


class JudgeScore(BaseModel):
    judge: str
    team_id: int
    innovation: int = Field(..., ge=1, le=5)
    execution: int = Field(..., ge=1, le=5)
    impact: int = Field(..., ge=1, le=5)
    feedback: Optional[str] = None

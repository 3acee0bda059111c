from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field, HttpUrl


class CourseCard(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    slug: str
    title: str
    level: str
    price: float
    instructor_name: str
    rating: float | None = None
    thumbnail: HttpUrl | None = None


class LearnerSignup(BaseModel):
    email: EmailStr
    full_name: str = Field(min_length=1, max_length=160)
    password: str = Field(min_length=10)
    preferred_language: str = "en"
    marketing_opt_in: bool = False


class ProgressOut(BaseModel):
    course_slug: str
    lessons_completed: int
    lessons_total: int
    progress_percent: int
    last_activity_at: datetime | None = None


class LessonNoteIn(BaseModel):
    lesson_id: int
    timestamp_seconds: int = 0
    body: str = Field(max_length=5000)


class CourseReviewIn(BaseModel):
    stars: int = Field(ge=1, le=5)
    comment: str | None = None

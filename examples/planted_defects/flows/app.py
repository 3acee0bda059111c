"""Planted flow defects: each line marked `# planted: PRVxxx` must be reported there."""

from __future__ import annotations

import logging

import boto3
import requests
import sentry_sdk  # planted: PRV204 (no recipient declares Sentry)
from django.core.mail import send_mail

from flows.marketing import all_subscribers, send_promo
from flows.models import Delivery, Subscriber

logger = logging.getLogger(__name__)
archive = boto3.client("s3", region_name="us-east-1")  # planted: PRV203 (US, storage is GB only)


def register(customer) -> None:
    logger.info("registered %s", customer.email)  # planted: PRV201
    requests.post("https://leads.partner.example/in", json={"email": customer.email})  # planted: PRV202
    requests.post("http://api.mailer.example/v3/welcome", json={"to": customer.email})  # planted: PRV501


def archive_delivery(delivery: Delivery) -> None:
    archive.put_object(Bucket="deliveries", Key=str(delivery.id), Body=delivery.postal_address)


def weekly_offers(text: str) -> None:
    for subscriber in all_subscribers():
        send_promo(subscriber.email, text)  # planted: PRV301 (declared sender, no guard)


def newsletter(text: str) -> None:
    for subscriber in Subscriber.objects.all():
        send_mail("News", text, "news@shop.example", [subscriber.email])  # planted: PRV301


def login(request, response, token: str):
    response.set_cookie("sessionid", token)  # planted: PRV502 (no Secure, no HttpOnly)
    response.set_cookie("theme", "dark")  # planted: PRV302 (not declared)
    response.set_cookie("promo_banner", "1", max_age=60 * 60 * 24 * 90)  # planted: PRV302
    return response

"""Online booking for a hair salon: the service menu, chairs and the booking form."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import Enum

from django import forms


class Length(str, Enum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"


@dataclass(frozen=True)
class Treatment:
    code: str
    title: str
    duration_minutes: int
    price_from: Decimal
    needs_patch_test: bool = False
    hair_length: Length = Length.MEDIUM
    gender: str = "unisex"


@dataclass(frozen=True)
class Chair:
    number: int
    stylist_name: str
    stylist_level: str = "senior"
    washbasin: bool = True


@dataclass
class SalonDetails:
    trading_name: str
    street: str
    postcode: str
    phone: str
    instagram: str
    owner_email: str
    vat_number: str = ""


class BookingForm(forms.Form):
    treatment = forms.ChoiceField(choices=[])
    stylist = forms.ChoiceField(choices=[], required=False)
    date = forms.DateField()
    slot = forms.TimeField()
    client_name = forms.CharField(max_length=80)
    client_mobile = forms.CharField(max_length=20)
    client_email = forms.EmailField(required=False)
    instagram_handle = forms.CharField(max_length=40, required=False)
    skin_allergy = forms.BooleanField(required=False, label="Reacted to hair dye before?")
    notes_for_stylist = forms.CharField(widget=forms.Textarea, required=False)
    reminders_by_sms = forms.BooleanField(required=False, initial=True)
    offers_by_email = forms.BooleanField(required=False)

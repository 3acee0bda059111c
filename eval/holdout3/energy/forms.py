"""Forms of the customer self-service site."""

from __future__ import annotations

from django import forms

from .models import Customer


class MoveOutForm(forms.Form):
    leaving_date = forms.DateField()
    forwarding_address = forms.CharField(widget=forms.Textarea)
    forwarding_postcode = forms.CharField(max_length=10)
    final_reading = forms.DecimalField(max_digits=10, decimal_places=1)
    new_occupier_name = forms.CharField(max_length=120, required=False)


class ContactDetailsForm(forms.ModelForm):
    class Meta:
        model = Customer
        fields = ["email", "mobile", "paperless_billing"]


class TariffSearchForm(forms.Form):
    postcode = forms.CharField(max_length=10)
    annual_kwh = forms.IntegerField(min_value=0)
    fuel = forms.ChoiceField(choices=[("elec", "Electricity"), ("gas", "Gas"), ("dual", "Dual")])
    green_only = forms.BooleanField(required=False)

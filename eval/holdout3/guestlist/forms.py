"""Public RSVP form and the couple's bulk-invite form."""

from __future__ import annotations

from django import forms


class RsvpForm(forms.Form):
    invite_code = forms.CharField(max_length=40)
    attending = forms.TypedChoiceField(coerce=lambda v: v == "yes", choices=[("yes", "Yes")])
    guest_name = forms.CharField(max_length=120)
    meal_choice = forms.ChoiceField(choices=[("meat", "Meat"), ("fish", "Fish"), ("veg", "Veg")])
    allergies = forms.CharField(max_length=200, required=False)
    plus_one_name = forms.CharField(max_length=120, required=False)
    note = forms.CharField(widget=forms.Textarea, required=False)


class BulkInviteForm(forms.Form):
    csv_file = forms.FileField()
    send_emails = forms.BooleanField(required=False)
    email_subject = forms.CharField(max_length=150, initial="You're invited!")
    email_template = forms.ChoiceField(choices=[("classic", "Classic"), ("modern", "Modern")])

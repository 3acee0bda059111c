from django import forms

from .models import KeyWorkSession, Referral


class SelfReferralForm(forms.Form):
    first_name = forms.CharField(max_length=60, label="What should we call you?")
    safe_number = forms.CharField(max_length=20, required=False)
    safe_email = forms.EmailField(required=False)
    best_time_to_call = forms.CharField(max_length=60, required=False)
    current_town = forms.CharField(max_length=80)
    has_children = forms.BooleanField(required=False)
    needs_accessible_room = forms.BooleanField(required=False)
    message = forms.CharField(widget=forms.Textarea, required=False, max_length=3000)


class ReferralForm(forms.ModelForm):
    consent_to_share = forms.BooleanField(
        required=True,
        label="The survivor has agreed to this referral being shared with the refuge",
    )

    class Meta:
        model = Referral
        exclude = ["received_at"]
        widgets = {"notes": forms.Textarea(attrs={"rows": 4})}


class KeyWorkSessionForm(forms.ModelForm):
    summary = forms.CharField(widget=forms.Textarea(attrs={"rows": 8}))
    next_steps = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}), required=False)

    class Meta:
        model = KeyWorkSession
        fields = ["held_on", "duration_minutes", "safety_plan_updated", "summary", "next_steps"]


class MoveOnForm(forms.Form):
    move_out_date = forms.DateField()
    forwarding_address = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    forwarding_postcode = forms.CharField(max_length=8)
    keep_in_touch = forms.BooleanField(required=False)
    feedback = forms.CharField(widget=forms.Textarea, required=False)

from django import forms

from .models import Client

HEAR_CHOICES = [("gp", "My GP"), ("hospice", "Hospice"), ("web", "Search engine"), ("friend", "A friend")]


class SelfReferralForm(forms.Form):
    first_name = forms.CharField(max_length=60)
    last_name = forms.CharField(max_length=60)
    email = forms.EmailField(required=False)
    phone = forms.CharField(max_length=20, required=False)
    best_time_to_call = forms.CharField(max_length=40, required=False)
    date_of_birth = forms.DateField()
    postcode = forms.CharField(max_length=10)
    who_died = forms.CharField(max_length=120, help_text="Who has died, and who were they to you?")
    when_died = forms.DateField()
    how_are_you_feeling = forms.CharField(widget=forms.Textarea)
    thoughts_of_self_harm = forms.ChoiceField(choices=[("no", "No"), ("sometimes", "Sometimes"), ("often", "Often")])
    heard_about_us = forms.ChoiceField(choices=HEAR_CHOICES, required=False)
    newsletter = forms.BooleanField(required=False)


class AvailabilityForm(forms.Form):
    weekday = forms.ChoiceField(choices=[(i, d) for i, d in enumerate("Mon Tue Wed Thu Fri".split())])
    start_time = forms.TimeField()
    end_time = forms.TimeField()
    remote_only = forms.BooleanField(required=False)


class ClientUpdateForm(forms.ModelForm):
    share_with_gp = forms.BooleanField(required=False, label="Client agreed we may write to their GP")

    class Meta:
        model = Client
        fields = ["preferred_name", "pronouns", "phone", "email", "safe_to_leave_voicemail", "counsellor"]

from django import forms

from .models import Ringer, Tower


class JoinBandForm(forms.Form):
    EXPERIENCE = [
        ("none", "I have never rung"),
        ("handling", "I can handle a bell"),
        ("rounds", "Rounds and call changes"),
        ("methods", "I ring methods"),
    ]

    first_name = forms.CharField(max_length=60)
    last_name = forms.CharField(max_length=60)
    email = forms.EmailField()
    phone = forms.CharField(max_length=20, required=False)
    date_of_birth = forms.DateField(required=False, help_text="Only needed for under-18s")
    tower = forms.ModelChoiceField(queryset=Tower.objects.all())
    experience = forms.ChoiceField(choices=EXPERIENCE)
    message = forms.CharField(widget=forms.Textarea, required=False)
    newsletter = forms.BooleanField(required=False, label="Send me the guild newsletter")
    agree_safeguarding = forms.BooleanField(label="I have read the safeguarding policy")


class PealReportForm(forms.Form):
    tower = forms.ModelChoiceField(queryset=Tower.objects.all())
    rung_on = forms.DateField()
    method = forms.CharField(max_length=200)
    changes = forms.IntegerField(min_value=1)
    conductor = forms.ModelChoiceField(queryset=Ringer.objects.filter(is_active=True))
    footnote = forms.CharField(widget=forms.Textarea, required=False)


class TowerSearchForm(forms.Form):
    near_postcode = forms.CharField(max_length=10, required=False)
    radius_miles = forms.IntegerField(initial=10)
    practice_night = forms.ChoiceField(choices=Tower.PRACTICE_NIGHTS, required=False)
    ground_floor_only = forms.BooleanField(required=False)

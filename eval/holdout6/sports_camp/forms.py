from django import forms

from .models import Child

SPORTS = [
    ("", "Any sport"),
    ("football", "Football"),
    ("tennis", "Tennis"),
    ("multi", "Multi-sport"),
]


class ChildRegistrationForm(forms.ModelForm):
    gp_name = forms.CharField(label="Family doctor", max_length=120, required=False)
    gp_surgery_phone = forms.CharField(max_length=20, required=False)
    confirm_medical_info = forms.BooleanField(
        label="I confirm the medical information above is complete", required=True
    )

    class Meta:
        model = Child
        exclude = ("guardian",)


class CampSearchForm(forms.Form):
    sport = forms.ChoiceField(choices=SPORTS, required=False)
    age = forms.IntegerField(min_value=4, max_value=16, required=False)
    near_postcode = forms.CharField(max_length=8, required=False)
    week_commencing = forms.DateField(required=False)

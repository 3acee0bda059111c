from __future__ import annotations

from django import forms

from .models import Applicant, Household

YES_NO = [(True, "Yes"), (False, "No")]


class EligibilityCheckForm(forms.Form):
    lives_in_borough = forms.TypedChoiceField(choices=YES_NO, coerce=bool)
    age_band = forms.ChoiceField(
        choices=[("u25", "Under 25"), ("25-65", "25 to 65"), ("65+", "65+")]
    )
    receives_universal_credit = forms.TypedChoiceField(choices=YES_NO, coerce=bool)
    household_income = forms.DecimalField(max_digits=10, decimal_places=2)


class AboutYouForm(forms.ModelForm):
    confirm_email = forms.EmailField(required=False)

    class Meta:
        model = Applicant
        fields = [
            "title",
            "forenames",
            "surname",
            "date_of_birth",
            "ni_number",
            "phone",
            "email",
        ]


class HouseholdForm(forms.ModelForm):
    disability_details = forms.CharField(widget=forms.Textarea, required=False)

    class Meta:
        model = Household
        exclude = ["applicant"]


class EqualityMonitoringForm(forms.Form):
    ethnic_group = forms.ChoiceField(choices=[], required=False)
    religion_or_belief = forms.ChoiceField(choices=[], required=False)
    sexual_orientation = forms.ChoiceField(choices=[], required=False)
    gender_identity_same_as_birth = forms.NullBooleanField(required=False)
    prefer_not_to_say = forms.BooleanField(required=False)


class DeclarationForm(forms.Form):
    information_is_true = forms.BooleanField()
    typed_signature = forms.CharField(max_length=120)
    contact_me_about_other_support = forms.BooleanField(required=False)

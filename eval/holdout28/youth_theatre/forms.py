from django import forms

from .models import Member


class MemberEnrolmentForm(forms.ModelForm):
    guardian_name = forms.CharField(max_length=120, label="Parent or carer's name")
    guardian_phone = forms.CharField(max_length=20, label="Their phone number")
    guardian_email = forms.EmailField(label="Their email")
    agree_code_of_conduct = forms.BooleanField(required=True)

    class Meta:
        model = Member
        fields = [
            "first_name",
            "last_name",
            "preferred_name",
            "pronouns",
            "date_of_birth",
            "school",
            "medical_info",
            "allergies",
            "photo_consent",
        ]


class AuditionForm(forms.Form):
    member_name = forms.CharField(max_length=120)
    age = forms.IntegerField(min_value=8, max_value=18)
    piece = forms.CharField(max_length=120, help_text="Monologue or song title")
    needs_accompanist = forms.BooleanField(required=False)
    self_tape = forms.URLField(required=False, help_text="Link to your self-tape video")
    access_requirements = forms.CharField(widget=forms.Textarea, required=False)


class WorkshopFilterForm(forms.Form):
    age_band = forms.ChoiceField(required=False)
    weekday = forms.IntegerField(required=False, min_value=0, max_value=6)
    has_spaces = forms.BooleanField(required=False)

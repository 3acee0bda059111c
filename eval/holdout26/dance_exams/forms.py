from django import forms

from .models import ExamEntry


class ExamEntryForm(forms.ModelForm):
    confirm_fee = forms.BooleanField(
        label="I understand the entry fee is non-refundable", required=True
    )

    class Meta:
        model = ExamEntry
        fields = ["pupil", "session", "style", "grade_entered", "access_arrangements"]


class PupilRegistrationForm(forms.Form):
    pupil_first_name = forms.CharField(max_length=60)
    pupil_last_name = forms.CharField(max_length=60)
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    medical_info = forms.CharField(
        widget=forms.Textarea, required=False,
        help_text="Asthma, allergies, injuries or anything else we should know",
    )
    guardian_name = forms.CharField(max_length=120)
    guardian_email = forms.EmailField()
    guardian_phone = forms.CharField(max_length=20)
    photo_permission = forms.BooleanField(required=False)
    how_did_you_hear = forms.ChoiceField(
        choices=[("friend", "Friend"), ("school", "School"), ("web", "Website"), ("other", "Other")],
        required=False,
    )
    newsletter = forms.BooleanField(required=False, label="Send me the studio newsletter")


class ResultsLookupForm(forms.Form):
    candidate_number = forms.CharField(max_length=12)
    date_of_birth = forms.DateField()


class TimetableFilterForm(forms.Form):
    style = forms.ChoiceField(choices=[("", "Any")], required=False)
    day = forms.ChoiceField(
        choices=[("", "Any"), ("mon", "Mon"), ("tue", "Tue"), ("wed", "Wed"), ("sat", "Sat")],
        required=False,
    )
    level = forms.CharField(required=False)

from django import forms

from .models import Visit


class SelfReferralForm(forms.Form):
    preferred_name = forms.CharField(max_length=80)
    student_number = forms.CharField(max_length=12)
    email = forms.EmailField()
    mobile = forms.CharField(max_length=20, required=False)
    pronouns = forms.CharField(max_length=20, required=False)
    year_of_study = forms.IntegerField(min_value=1, max_value=7)
    what_brings_you = forms.CharField(widget=forms.Textarea, label="What would you like to talk about?")
    feeling_unsafe = forms.BooleanField(required=False, label="I don't feel safe right now")
    contact_by_text_ok = forms.BooleanField(required=False)
    preferred_contact_time = forms.ChoiceField(
        choices=[("am", "Morning"), ("pm", "Afternoon"), ("eve", "Evening")], required=False
    )


class VisitNoteForm(forms.ModelForm):
    add_to_risk_register = forms.BooleanField(required=False)

    class Meta:
        model = Visit
        fields = ["presenting_issue", "urgency", "risk_to_self", "phq9_score", "gad7_score",
                  "outcome", "referred_to_nhs", "counsellor_notes", "follow_up_on"]


class ResourceSearchForm(forms.Form):
    q = forms.CharField(required=False)
    category = forms.ChoiceField(required=False, choices=[("", "Any")])

from django import forms

from .models import Report


class ReportForm(forms.Form):
    your_name = forms.CharField(max_length=120, required=False)
    your_phone = forms.CharField(max_length=20, required=False)
    stay_anonymous = forms.BooleanField(required=False)
    what_happened = forms.CharField(widget=forms.Textarea)
    when = forms.DateTimeField()
    where = forms.CharField(max_length=200, help_text="e.g. stairwell, car park, outside a flat")
    who_was_involved = forms.CharField(widget=forms.Textarea, required=False)
    is_ongoing = forms.BooleanField(required=False)
    safe_to_call = forms.BooleanField(required=False)
    best_time_to_call = forms.CharField(max_length=60, required=False)


class ActionPlanForm(forms.ModelForm):
    next_review = forms.DateField()
    agreed_actions = forms.CharField(widget=forms.Textarea)
    refer_to_mediation = forms.BooleanField(required=False)
    warning_letter = forms.BooleanField(required=False)

    class Meta:
        model = Report
        fields = ["status", "officer"]


class ClosureSurveyForm(forms.Form):
    SATISFACTION = [(str(n), str(n)) for n in range(1, 6)]

    satisfied = forms.ChoiceField(choices=SATISFACTION)
    felt_listened_to = forms.ChoiceField(choices=SATISFACTION)
    comments = forms.CharField(widget=forms.Textarea, required=False)
    disability = forms.ChoiceField(
        choices=[("yes", "Yes"), ("no", "No"), ("prefer_not", "Prefer not to say")],
        required=False,
    )
    age_band = forms.ChoiceField(
        choices=[("16-24", "16-24"), ("25-44", "25-44"), ("45-64", "45-64"), ("65+", "65+")],
        required=False,
    )

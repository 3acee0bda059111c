from django import forms

from .models import Pest, Visit

WEEKDAYS = [("mon", "Mon"), ("tue", "Tue"), ("wed", "Wed"), ("thu", "Thu"), ("fri", "Fri")]


class ReportPestForm(forms.Form):
    pest = forms.ChoiceField(choices=Pest.choices)
    name = forms.CharField(max_length=120)
    phone = forms.CharField(max_length=20)
    email = forms.EmailField(required=False)
    address_line_1 = forms.CharField(max_length=120)
    address_line_2 = forms.CharField(max_length=120, required=False)
    postcode = forms.CharField(max_length=10)
    receives_benefits = forms.BooleanField(
        required=False, label="I receive a means-tested benefit (reduced charge)"
    )
    description = forms.CharField(widget=forms.Textarea, label="Where have you seen them?")
    preferred_days = forms.MultipleChoiceField(
        choices=WEEKDAYS, widget=forms.CheckboxSelectMultiple, required=False
    )
    photo = forms.ImageField(required=False, label="Photo of droppings, nest or damage")


class VisitOutcomeForm(forms.ModelForm):
    outcome = forms.ChoiceField(
        choices=[("treated", "Treated"), ("no_access", "No access"), ("no_pest", "No pest found")]
    )
    follow_up_in_days = forms.IntegerField(min_value=0, max_value=60, required=False)

    class Meta:
        model = Visit
        fields = [
            "outcome",
            "bait_points",
            "products_used",
            "technician_notes",
            "resident_signature",
        ]

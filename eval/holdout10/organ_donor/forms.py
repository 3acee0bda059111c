from django import forms

from .models import DECISION_CHOICES, Representative

ORGANS = [
    ("heart", "Heart"), ("lungs", "Lungs"), ("kidneys", "Kidneys"), ("liver", "Liver"),
    ("corneas", "Corneas"), ("pancreas", "Pancreas"), ("tissue", "Tissue"),
]


class RegisterDecisionForm(forms.Form):
    first_name = forms.CharField(max_length=100)
    last_name = forms.CharField(max_length=100)
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    postcode = forms.CharField(max_length=8)
    nhs_number = forms.CharField(max_length=12, required=False)
    email = forms.EmailField(required=False)
    decision = forms.ChoiceField(choices=DECISION_CHOICES, widget=forms.RadioSelect)
    exclude_organs = forms.MultipleChoiceField(
        choices=ORGANS, required=False, widget=forms.CheckboxSelectMultiple
    )
    religion = forms.CharField(required=False, label="Religion or belief (optional)")
    ethnicity = forms.CharField(required=False, label="Ethnic group (optional)")
    keep_me_updated = forms.BooleanField(
        required=False, label="Send me news about organ donation campaigns"
    )

    def clean_nhs_number(self):
        return self.cleaned_data["nhs_number"].replace(" ", "")


class RepresentativeForm(forms.ModelForm):
    confirm_they_agreed = forms.BooleanField(
        label="I have told this person and they agree to be my representative"
    )

    class Meta:
        model = Representative
        fields = ["full_name", "relationship", "phone", "email"]


class LookupForm(forms.Form):
    nhs_number = forms.CharField(max_length=12)
    date_of_birth = forms.DateField()
    postcode = forms.CharField(max_length=8)

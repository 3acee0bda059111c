from django import forms

from .models import PollingDistrict

NATIONALITY_CHOICES = [
    ("GB", "British"),
    ("IE", "Irish"),
    ("CW", "Qualifying Commonwealth citizen"),
    ("EU", "EU citizen"),
    ("OT", "Other"),
]


class RegisterToVoteForm(forms.Form):
    first_name = forms.CharField(max_length=80)
    other_names = forms.CharField(max_length=120, required=False)
    last_name = forms.CharField(max_length=80)
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    nationality = forms.ChoiceField(choices=NATIONALITY_CHOICES)
    national_insurance_number = forms.CharField(max_length=9, required=False)
    address_line_1 = forms.CharField(max_length=120)
    address_line_2 = forms.CharField(max_length=120, required=False)
    town = forms.CharField(max_length=60)
    postcode = forms.CharField(max_length=8)
    email = forms.EmailField(required=False)
    phone = forms.CharField(max_length=20, required=False)
    open_register_opt_out = forms.BooleanField(
        required=False, initial=True, label="Keep my details off the open register"
    )
    postal_vote = forms.BooleanField(required=False)

    def clean_national_insurance_number(self):
        return self.cleaned_data["national_insurance_number"].replace(" ", "").upper()


class HouseholdResponseForm(forms.Form):
    security_code = forms.CharField(max_length=8)
    no_changes = forms.BooleanField(required=False)
    new_occupant_name = forms.CharField(max_length=200, required=False)
    departed_occupant_name = forms.CharField(max_length=200, required=False)
    comments = forms.CharField(widget=forms.Textarea, required=False)


class PollingDistrictForm(forms.ModelForm):
    polling_station_address = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))

    class Meta:
        model = PollingDistrict
        fields = ["code", "ward", "polling_station_name", "polling_station_address"]

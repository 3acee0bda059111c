from django import forms

from .models import DistributionCentre, ReferralReason


class VoucherRequestForm(forms.Form):
    client_first_name = forms.CharField(max_length=60)
    client_last_name = forms.CharField(max_length=60)
    client_date_of_birth = forms.DateField(required=False)
    client_phone = forms.CharField(max_length=32, required=False)
    client_postcode = forms.CharField(max_length=10, required=False)
    household_adults = forms.IntegerField(min_value=1, initial=1)
    household_children = forms.IntegerField(min_value=0, initial=0)
    reason = forms.ChoiceField(choices=ReferralReason.choices)
    dietary_requirements = forms.CharField(required=False)
    notes = forms.CharField(widget=forms.Textarea, required=False, label="Anything the centre should know")
    consent_given = forms.BooleanField(label="The client agrees to their details being shared")


class ClientSearchForm(forms.Form):
    surname = forms.CharField(max_length=60)
    postcode = forms.CharField(max_length=10, required=False)
    date_of_birth = forms.DateField(required=False)


class CentreForm(forms.ModelForm):
    what3words = forms.RegexField(regex=r"^///\w+\.\w+\.\w+$", required=False)

    class Meta:
        model = DistributionCentre
        fields = ["name", "address", "postcode", "what3words", "opening_times", "has_chiller"]

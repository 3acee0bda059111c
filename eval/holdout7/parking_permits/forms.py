from django import forms

from .models import Vehicle


class PermitApplicationForm(forms.Form):
    forename = forms.CharField(max_length=60)
    surname = forms.CharField(max_length=60)
    email = forms.EmailField()
    phone = forms.CharField(max_length=20, required=False)
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    address_line_1 = forms.CharField(max_length=100)
    postcode = forms.CharField(max_length=10)
    vehicle_registration = forms.CharField(max_length=10)
    proof_of_address = forms.FileField(help_text="Council tax bill or tenancy agreement")
    v5c_document = forms.FileField(label="Vehicle log book (V5C)")
    blue_badge_holder = forms.BooleanField(required=False)
    accept_terms = forms.BooleanField()


class VehicleChangeForm(forms.ModelForm):
    reason = forms.CharField(widget=forms.Textarea, required=False)

    class Meta:
        model = Vehicle
        fields = ["registration", "make", "colour"]


class VisitorSessionForm(forms.Form):
    visitor_vrm = forms.CharField(max_length=10, label="Visitor's registration")
    start = forms.DateTimeField()
    hours = forms.DecimalField(max_digits=4, decimal_places=1, min_value=0.5)


class ZoneLookupForm(forms.Form):
    postcode = forms.CharField(max_length=10, help_text="Enter your postcode to find your zone")

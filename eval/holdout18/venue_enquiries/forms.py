from django import forms

from .models import Enquiry, Venue


class EnquiryForm(forms.ModelForm):
    confirm_email = forms.EmailField(label="Confirm e-mail")

    class Meta:
        model = Enquiry
        fields = [
            "partner_one_name",
            "partner_two_name",
            "email",
            "phone",
            "wedding_date",
            "flexible_on_date",
            "guest_count",
            "ceremony_type",
            "message",
            "marketing_opt_in",
        ]
        widgets = {"wedding_date": forms.DateInput(attrs={"type": "date"})}


class ViewingRequestForm(forms.Form):
    TIME_CHOICES = [("am", "Morning"), ("pm", "Afternoon"), ("eve", "Evening")]

    name = forms.CharField(max_length=120)
    email = forms.EmailField()
    phone = forms.CharField(max_length=20)
    preferred_date = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    preferred_time = forms.ChoiceField(choices=TIME_CHOICES)
    party_size = forms.IntegerField(min_value=1, max_value=6, initial=2)
    accessibility_needs = forms.CharField(widget=forms.Textarea, required=False)


class AvailabilitySearchForm(forms.Form):
    venue = forms.ModelChoiceField(queryset=Venue.objects.all(), required=False)
    date_from = forms.DateField()
    date_to = forms.DateField()
    min_guests = forms.IntegerField(min_value=1, required=False)

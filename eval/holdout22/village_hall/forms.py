from django import forms

from .models import Hirer, Room


class BookingEnquiryForm(forms.Form):
    name = forms.CharField(max_length=120)
    email = forms.EmailField()
    phone = forms.CharField(max_length=20, required=False)
    group_name = forms.CharField(max_length=120, required=False)
    room = forms.ModelChoiceField(queryset=Room.objects.all())
    preferred_date = forms.DateField()
    guests = forms.IntegerField(min_value=1)
    message = forms.CharField(widget=forms.Textarea, required=False)
    hall_newsletter = forms.BooleanField(required=False)


class HirerForm(forms.ModelForm):
    confirm_email = forms.EmailField()
    accept_conditions = forms.BooleanField()

    class Meta:
        model = Hirer
        fields = ["title", "first_name", "last_name", "group_name", "email", "phone", "address", "postcode"]


class AvailabilitySearchForm(forms.Form):
    date_from = forms.DateField()
    date_to = forms.DateField()
    min_capacity = forms.IntegerField(required=False)
    needs_kitchen = forms.BooleanField(required=False)

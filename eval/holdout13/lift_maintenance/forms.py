from django import forms

from .models import Lift, Site


class CalloutForm(forms.Form):
    site = forms.ModelChoiceField(queryset=Site.objects.all())
    lift = forms.ModelChoiceField(queryset=Lift.objects.filter(status="in_service"))
    caller_name = forms.CharField(max_length=120)
    caller_phone = forms.CharField(max_length=20)
    passenger_trapped = forms.BooleanField(required=False)
    fault_code = forms.ChoiceField(
        choices=[("DOORS", "Doors"), ("LEVEL", "Not levelling"), ("NOISE", "Noise"), ("DEAD", "Not running")]
    )


class ServiceReportFilterForm(forms.Form):
    date_from = forms.DateField(required=False)
    date_to = forms.DateField(required=False)
    site = forms.ModelChoiceField(queryset=Site.objects.all(), required=False)
    status = forms.ChoiceField(choices=Lift.STATUS_CHOICES, required=False)
    overdue_only = forms.BooleanField(required=False)

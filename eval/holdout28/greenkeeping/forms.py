from django import forms

from .models import Machine


class DefectReportForm(forms.Form):
    machine = forms.ModelChoiceField(queryset=Machine.objects.filter(out_of_service=False))
    reported_by = forms.CharField(max_length=80)
    description = forms.CharField(widget=forms.Textarea)
    safe_to_use = forms.BooleanField(required=False)
    photo = forms.ImageField(required=False)


class HoursReadingForm(forms.Form):
    machine = forms.ModelChoiceField(queryset=Machine.objects.all())
    hours_meter = forms.DecimalField(max_digits=7, decimal_places=1)

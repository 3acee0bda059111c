from django import forms

from .models import Lift, WorkOrder


class WorkOrderForm(forms.ModelForm):
    notify_supervisor = forms.BooleanField(required=False)

    class Meta:
        model = WorkOrder
        fields = ["lift", "component", "priority", "description", "assigned_to"]


class DowntimeReportForm(forms.Form):
    lift = forms.ModelChoiceField(queryset=Lift.objects.all(), required=False)
    from_date = forms.DateField()
    to_date = forms.DateField()
    include_planned = forms.BooleanField(required=False, initial=True)

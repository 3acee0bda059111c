from django import forms

from .models import Scheme


class IncomeForm(forms.Form):
    household_income = forms.DecimalField(max_digits=9, decimal_places=2, label="Total household income (last tax year)")
    parent_1_occupation = forms.CharField(max_length=80, required=False)
    parent_2_occupation = forms.CharField(max_length=80, required=False)
    number_in_household = forms.IntegerField(min_value=1, max_value=15)
    receives_universal_credit = forms.BooleanField(required=False)
    evidence = forms.FileField(help_text="P60, benefit award letter or payslips")


class SchemeForm(forms.ModelForm):
    confirm_budget = forms.BooleanField(label="I have checked this budget with Finance")

    class Meta:
        model = Scheme
        fields = ["name", "budget", "opens", "closes", "max_award", "eligibility_text"]

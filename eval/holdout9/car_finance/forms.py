from django import forms

from .models import Customer, Vehicle


class FinanceQuoteForm(forms.Form):
    vehicle = forms.ModelChoiceField(queryset=Vehicle.objects.filter(is_sold=False))
    deposit = forms.DecimalField(max_digits=9, decimal_places=2, min_value=0)
    term_months = forms.TypedChoiceField(choices=[(n, n) for n in (24, 36, 48, 60)], coerce=int)
    annual_mileage = forms.IntegerField(min_value=5000, max_value=30000, initial=10000)


class CustomerDetailsForm(forms.ModelForm):
    confirm_email = forms.EmailField()

    class Meta:
        model = Customer
        exclude = ["salesperson", "created_at"]


class AffordabilityForm(forms.Form):
    gross_annual_income = forms.DecimalField(max_digits=10, decimal_places=2)
    other_monthly_income = forms.DecimalField(max_digits=8, decimal_places=2, required=False)
    monthly_rent_or_mortgage = forms.DecimalField(max_digits=8, decimal_places=2)
    employment_status = forms.ChoiceField(
        choices=[("ft", "Full time"), ("pt", "Part time"), ("self", "Self-employed"),
                 ("retired", "Retired"), ("unemployed", "Not working")]
    )
    months_with_employer = forms.IntegerField(min_value=0, required=False)


class BankDetailsForm(forms.Form):
    account_holder = forms.CharField(max_length=120)
    sort_code = forms.RegexField(regex=r"^\d{2}-?\d{2}-?\d{2}$")
    account_number = forms.RegexField(regex=r"^\d{8}$")
    agree_credit_search = forms.BooleanField(required=True)

"""Public forms: joining the waiting list and finding a vacant plot."""

from __future__ import annotations

from django import forms

from .models import Member, Site


class JoinWaitingListForm(forms.Form):
    full_name = forms.CharField(max_length=120)
    email = forms.EmailField()
    telephone = forms.CharField(max_length=20, required=False)
    postcode = forms.CharField(max_length=10)
    preferred_site = forms.ModelChoiceField(queryset=Site.objects.all(), required=False)
    half_plot_ok = forms.BooleanField(required=False, label="I would accept a half plot")


class PlotSearchForm(forms.Form):
    site = forms.ModelChoiceField(queryset=Site.objects.all(), required=False)
    min_size = forms.DecimalField(required=False, min_value=0)
    has_water = forms.BooleanField(required=False)


class MemberDetailsForm(forms.ModelForm):
    confirm_email = forms.EmailField(required=False)

    class Meta:
        model = Member
        fields = ["forename", "surname", "addr_1", "addr_2", "town", "post_code", "tel", "email"]

    def clean(self) -> dict[str, object]:
        data = super().clean()
        if data.get("email") and data.get("email") != data.get("confirm_email"):
            raise forms.ValidationError("The e-mail addresses do not match.")
        return data

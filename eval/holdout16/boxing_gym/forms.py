from django import forms

from .models import Bout, Boxer


class MemberJoinForm(forms.Form):
    first_name = forms.CharField(max_length=60)
    last_name = forms.CharField(max_length=60)
    date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    email = forms.EmailField()
    phone = forms.CharField(max_length=20)
    postcode = forms.CharField(max_length=10)
    medical_conditions = forms.CharField(widget=forms.Textarea, required=False)
    parent_guardian_name = forms.CharField(required=False, help_text="Required for under-18s")
    heard_about_us = forms.ChoiceField(choices=[("friend", "Friend"), ("social", "Social media"), ("other", "Other")])
    accept_waiver = forms.BooleanField()
    newsletter = forms.BooleanField(required=False)


class SparringRequestForm(forms.ModelForm):
    notes = forms.CharField(widget=forms.Textarea, required=False)

    class Meta:
        model = Bout
        fields = ["red_corner", "blue_corner", "weight_class", "rounds"]


class BoxerFilterForm(forms.Form):
    weight_class = forms.CharField(required=False)
    min_bouts = forms.IntegerField(required=False, min_value=0)
    stance = forms.ChoiceField(choices=Boxer.STANCE_CHOICES, required=False)

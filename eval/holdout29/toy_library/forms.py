from django import forms

from .models import Child, Family

HEARD_CHOICES = [
    ("centre", "Children's centre"),
    ("friend", "A friend"),
    ("social", "Social media"),
    ("other", "Other"),
]


class JoinForm(forms.ModelForm):
    children_count = forms.IntegerField(min_value=0, max_value=10)
    how_heard = forms.ChoiceField(choices=HEARD_CHOICES, required=False)
    agree_rules = forms.BooleanField(label="I agree to the toy library rules")
    newsletter = forms.BooleanField(required=False, label="Send me the monthly newsletter")

    class Meta:
        model = Family
        fields = ["main_carer_name", "second_carer_name", "email", "phone", "address_line1",
                  "town", "postcode", "concession"]


class ChildForm(forms.ModelForm):
    allergies = forms.CharField(required=False, help_text="For messy play and snack sessions")
    nursery_or_school = forms.CharField(required=False)
    photo_permission = forms.BooleanField(required=False)

    class Meta:
        model = Child
        fields = ["first_name", "date_of_birth", "gender", "additional_needs"]


class ToySearchForm(forms.Form):
    q = forms.CharField(required=False, label="Search")
    category = forms.CharField(required=False)
    age_months = forms.IntegerField(required=False, min_value=0, label="Your child's age (months)")
    available_only = forms.BooleanField(required=False, initial=True)


class ReturnCheckForm(forms.Form):
    barcode = forms.CharField(max_length=20)
    pieces_counted = forms.IntegerField(min_value=0)
    damaged = forms.BooleanField(required=False)
    damage_note = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))
    returned_by = forms.CharField(max_length=120, required=False)

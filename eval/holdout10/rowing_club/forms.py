from django import forms

from .models import Boat

SEATS = [(str(n), f"Seat {n}") for n in range(1, 9)] + [("cox", "Cox")]


class JoinForm(forms.Form):
    first_name = forms.CharField(max_length=60)
    last_name = forms.CharField(max_length=60)
    email = forms.EmailField()
    date_of_birth = forms.DateField()
    gender = forms.ChoiceField(choices=[("W", "Women's squad"), ("O", "Open squad")])
    phone = forms.CharField(max_length=20)
    can_swim_50m = forms.BooleanField(label="I can swim 50m in light clothing")
    medical_conditions = forms.CharField(widget=forms.Textarea, required=False)
    parent_name = forms.CharField(max_length=120, required=False, help_text="Juniors only")
    newsletter = forms.BooleanField(required=False, label="Send me the club newsletter")


class OutingSignupForm(forms.Form):
    boat = forms.ModelChoiceField(queryset=Boat.objects.filter(damage_reported=False))
    seat = forms.ChoiceField(choices=SEATS)
    notes = forms.CharField(required=False, widget=forms.Textarea(attrs={"rows": 2}))

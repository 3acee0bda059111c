from django import forms

from .models import Fixture, Member


class MembershipApplicationForm(forms.Form):
    first_name = forms.CharField(max_length=50)
    surname = forms.CharField(max_length=50)
    email = forms.EmailField()
    mobile = forms.CharField(max_length=20, required=False)
    address = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    postcode = forms.CharField(max_length=10)
    date_of_birth = forms.DateField(required=False, help_text="Juniors only")
    previous_club = forms.CharField(max_length=80, required=False)
    membership_type = forms.ChoiceField(choices=Member.MEMBERSHIP_TYPES)
    medical_notes = forms.CharField(
        widget=forms.Textarea,
        required=False,
        help_text="Anything our first-aiders should know about",
    )
    emergency_contact_name = forms.CharField(max_length=80)
    emergency_contact_phone = forms.CharField(max_length=20)
    photo_consent = forms.BooleanField(required=False, label="Happy to appear in club photos")
    newsletter = forms.BooleanField(required=False, label="Send me the club newsletter")


class ResultForm(forms.Form):
    fixture = forms.ModelChoiceField(queryset=Fixture.objects.filter(shots_for__isnull=True))
    shots_for = forms.IntegerField(min_value=0)
    shots_against = forms.IntegerField(min_value=0)
    ends_played = forms.IntegerField(min_value=1, max_value=21, initial=18)
    comments = forms.CharField(widget=forms.Textarea, required=False)

from django import forms

from .models import AgeGroup, Player


class PlayerRegistrationForm(forms.ModelForm):
    guardian_name = forms.CharField(max_length=120, label="Parent/guardian name")
    guardian_mobile = forms.CharField(max_length=20)
    guardian_email = forms.EmailField()
    consent_first_aid = forms.BooleanField(
        required=True, label="I consent to first aid being given to my child"
    )

    class Meta:
        model = Player
        fields = ["first_name", "last_name", "date_of_birth", "school", "medical_notes",
                  "asthma_inhaler", "photo_consent"]
        widgets = {"date_of_birth": forms.DateInput(attrs={"type": "date"})}


class SessionSignInForm(forms.Form):
    player = forms.ModelChoiceField(queryset=Player.objects.filter(is_active=True))
    collected_by = forms.CharField(max_length=120, required=False)
    collection_password = forms.CharField(
        widget=forms.PasswordInput, required=False,
        help_text="The word agreed with the club for anyone other than a parent collecting",
    )


class FixtureForm(forms.Form):
    opponent_club = forms.CharField(max_length=120)
    venue_address = forms.CharField(widget=forms.Textarea(attrs={"rows": 3}))
    kick_off = forms.DateTimeField()
    age_group = forms.ModelChoiceField(queryset=AgeGroup.objects.all())
    home_fixture = forms.BooleanField(required=False)

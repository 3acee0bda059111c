from django import forms

from .models import Mentor, Venue

DAYS = [("sat", "Saturday"), ("sun", "Sunday"), ("wed", "Wednesday evening")]
YEARS = [(y, f"Year {y}") for y in range(3, 12)]


class SignUpForm(forms.Form):
    guardian_name = forms.CharField(max_length=150, label="Your name")
    guardian_email = forms.EmailField(label="Your email")
    guardian_phone = forms.CharField(max_length=20, label="Mobile")
    child_first_name = forms.CharField(max_length=60)
    child_last_name = forms.CharField(max_length=60)
    child_dob = forms.DateField(label="Child's date of birth")
    school_year = forms.TypedChoiceField(choices=YEARS, coerce=int)
    medical_notes = forms.CharField(widget=forms.Textarea, required=False)
    photo_consent = forms.BooleanField(required=False)
    newsletter = forms.BooleanField(required=False, label="Send me club news")


class VenueForm(forms.ModelForm):
    wifi_password = forms.CharField(widget=forms.PasswordInput(render_value=True), required=False)

    class Meta:
        model = Venue
        fields = ["name", "address_line1", "town", "postcode", "contact_email", "laptops_available"]


class SessionSearchForm(forms.Form):
    postcode = forms.CharField(max_length=10)
    day = forms.ChoiceField(choices=DAYS)
    age = forms.IntegerField(min_value=7, max_value=17)


class MentorApplicationForm(forms.ModelForm):
    referee_email = forms.EmailField()
    why_volunteer = forms.CharField(widget=forms.Textarea)

    class Meta:
        model = Mentor
        fields = ["display_name", "employer", "github_handle", "bio"]

from django import forms

from .models import Member, Production, Role


class AuditionSignupForm(forms.Form):
    first_name = forms.CharField(max_length=60)
    last_name = forms.CharField(max_length=60)
    email = forms.EmailField()
    phone = forms.CharField(max_length=30, required=False)
    role = forms.ModelChoiceField(queryset=Role.objects.filter(casting__isnull=True))
    headshot = forms.ImageField(required=False)
    previous_experience = forms.CharField(widget=forms.Textarea, required=False)
    conflicts = forms.CharField(
        widget=forms.Textarea,
        required=False,
        label="Any rehearsal dates you already know you can't make?",
    )
    photo_consent = forms.BooleanField(required=False)


class MemberProfileForm(forms.ModelForm):
    confirm_email = forms.EmailField(label="Confirm e-mail")

    class Meta:
        model = Member
        fields = [
            "first_name",
            "last_name",
            "stage_name",
            "email",
            "phone",
            "date_of_birth",
            "playing_age_min",
            "playing_age_max",
            "access_needs",
            "newsletter",
        ]


class ShowFeedbackForm(forms.Form):
    production = forms.ModelChoiceField(queryset=Production.objects.all())
    rating = forms.IntegerField(min_value=1, max_value=5)
    comments = forms.CharField(widget=forms.Textarea)
    name = forms.CharField(max_length=120, required=False)
    email = forms.EmailField(required=False)
    join_mailing_list = forms.BooleanField(required=False)

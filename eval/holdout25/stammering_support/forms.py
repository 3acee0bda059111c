from django import forms

from .models import Group, Member

AGE_RANGES = [
    ("16-17", "16 to 17"),
    ("18-25", "18 to 25"),
    ("26-40", "26 to 40"),
    ("41-60", "41 to 60"),
    ("61+", "61 or over"),
]


class JoinGroupForm(forms.Form):
    name = forms.CharField(max_length=120)
    email = forms.EmailField()
    phone = forms.CharField(max_length=20, required=False)
    age_range = forms.ChoiceField(choices=AGE_RANGES)
    preferred_group = forms.ModelChoiceField(queryset=Group.objects.all(), required=False)
    about_you = forms.CharField(
        widget=forms.Textarea,
        required=False,
        label="Anything you'd like the facilitator to know before you come?",
    )
    prefer_text_contact = forms.BooleanField(required=False)
    newsletter = forms.BooleanField(required=False, label="Send me the monthly newsletter")


class MemberProfileForm(forms.ModelForm):
    date_of_birth = forms.DateField(
        required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    class Meta:
        model = Member
        fields = [
            "preferred_name",
            "pronouns",
            "mobile",
            "date_of_birth",
            "postcode",
            "communication_preferences",
            "newsletter",
        ]


class SessionFeedbackForm(forms.Form):
    group = forms.ModelChoiceField(queryset=Group.objects.all())
    session_date = forms.DateField()
    rating = forms.IntegerField(min_value=1, max_value=5)
    comments = forms.CharField(widget=forms.Textarea, required=False)
    anonymous = forms.BooleanField(required=False)

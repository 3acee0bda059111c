from django import forms

from .models import Candidate


class ApplicationForm(forms.ModelForm):
    confirm_email = forms.EmailField()
    repertoire_statement = forms.CharField(widget=forms.Textarea, max_length=3000)
    agree_terms = forms.BooleanField(required=True)

    class Meta:
        model = Candidate
        fields = ["first_name", "last_name", "pronouns", "email", "phone", "address", "cv", "recording_url"]


class PanelScoreForm(forms.Form):
    candidate = forms.ModelChoiceField(queryset=Candidate.objects.all())
    intonation = forms.IntegerField(min_value=1, max_value=10)
    rhythm = forms.IntegerField(min_value=1, max_value=10)
    sound = forms.IntegerField(min_value=1, max_value=10)
    comments = forms.CharField(widget=forms.Textarea, required=False)
    recommend_next_round = forms.BooleanField(required=False)


class AvailabilityForm(forms.Form):
    unavailable_dates = forms.CharField(required=False, help_text="Comma-separated dates")
    travelling_from = forms.CharField(max_length=80, required=False)
    needs_accommodation = forms.BooleanField(required=False)

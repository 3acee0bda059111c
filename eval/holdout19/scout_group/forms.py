from django import forms

from .models import Leader, Section, YoungPerson


class WaitingListForm(forms.Form):
    child_first_name = forms.CharField(max_length=60)
    child_last_name = forms.CharField(max_length=60)
    child_date_of_birth = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
    preferred_section = forms.ModelChoiceField(queryset=Section.objects.all(), required=False)
    parent_name = forms.CharField(max_length=120)
    parent_email = forms.EmailField()
    parent_phone = forms.CharField(max_length=20)
    postcode = forms.CharField(max_length=10)


class CampMedicalForm(forms.Form):
    young_person = forms.ModelChoiceField(queryset=YoungPerson.objects.all())
    conditions = forms.CharField(widget=forms.Textarea, required=False)
    medication = forms.CharField(widget=forms.Textarea, required=False,
                                 help_text="Name, dose and when it is taken")
    last_tetanus = forms.DateField(required=False)
    doctor_name = forms.CharField(max_length=120, required=False)
    surgery_phone = forms.CharField(max_length=20, required=False)
    emergency_contact_phone = forms.CharField(max_length=20)
    consent_to_treatment = forms.BooleanField()


class LeaderForm(forms.ModelForm):
    referee_name = forms.CharField(max_length=120)
    referee_email = forms.EmailField()

    class Meta:
        model = Leader
        fields = ["full_name", "membership_number", "role", "section", "mobile"]

from django import forms

from .models import Apprentice, Assessment, Standard


class GatewayDeclarationForm(forms.Form):
    uln = forms.CharField(label="ULN", max_length=10, min_length=10)
    apprentice_name = forms.CharField(max_length=120)
    employer_name = forms.CharField(max_length=200)
    standard = forms.ModelChoiceField(queryset=Standard.objects.filter(active=True))
    off_the_job_hours = forms.DecimalField(max_digits=6, decimal_places=1, min_value=0)
    english_maths_evidence = forms.FileField(required=False)
    employer_signatory = forms.CharField(max_length=120)
    signatory_job_title = forms.CharField(max_length=120)
    confirm = forms.BooleanField(label="I confirm the apprentice is ready for end-point assessment")


class ReasonableAdjustmentForm(forms.Form):
    ADJUSTMENTS = [
        ("extra_time", "Extra time (25%)"),
        ("reader", "Reader"),
        ("scribe", "Scribe"),
        ("rest_breaks", "Supervised rest breaks"),
        ("coloured_overlay", "Coloured overlays / paper"),
    ]

    apprentice = forms.ModelChoiceField(queryset=Apprentice.objects.all())
    adjustments = forms.MultipleChoiceField(choices=ADJUSTMENTS, widget=forms.CheckboxSelectMultiple)
    condition_details = forms.CharField(widget=forms.Textarea, required=False)
    evidence = forms.FileField(help_text="e.g. diagnostic assessment or EHCP")


class AssessmentBookingForm(forms.ModelForm):
    apprentice_phone = forms.CharField(max_length=20, help_text="For the assessor on the day")
    site_access_notes = forms.CharField(widget=forms.Textarea, required=False)

    class Meta:
        model = Assessment
        fields = ["apprentice", "component", "scheduled_for", "remote"]


class AppealForm(forms.Form):
    assessment_reference = forms.CharField(max_length=20)
    contact_email = forms.EmailField()
    grounds = forms.CharField(widget=forms.Textarea)
    supporting_document = forms.FileField(required=False)

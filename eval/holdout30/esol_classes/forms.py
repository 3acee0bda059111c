from django import forms

from .models import Learner, Level


class EnrolmentForm(forms.ModelForm):
    evidence_of_residency = forms.FileField(required=False,
                                            help_text="Photo of your BRP, share code letter or passport page")
    confirm_details_correct = forms.BooleanField()

    class Meta:
        model = Learner
        fields = "__all__"


class EnquiryForm(forms.Form):
    name = forms.CharField(max_length=120)
    phone = forms.CharField(max_length=20)
    email = forms.EmailField(required=False)
    language_spoken = forms.CharField(max_length=40)
    current_level = forms.ChoiceField(choices=Level.choices, required=False)
    best_time_to_call = forms.ChoiceField(choices=[("am", "Morning"), ("pm", "Afternoon"), ("eve", "Evening")])
    message = forms.CharField(widget=forms.Textarea, required=False)


class AttendanceRegisterForm(forms.Form):
    lesson_date = forms.DateField()
    present_learners = forms.ModelMultipleChoiceField(queryset=Learner.objects.none(),
                                                      widget=forms.CheckboxSelectMultiple)
    cover_tutor = forms.CharField(max_length=120, required=False)

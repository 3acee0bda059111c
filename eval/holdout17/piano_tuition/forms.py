from django import forms

from .models import Lesson


class EnquiryForm(forms.Form):
    DAYS = [("mon", "Monday"), ("tue", "Tuesday"), ("wed", "Wednesday"), ("thu", "Thursday"), ("sat", "Saturday")]

    parent_name = forms.CharField(max_length=120)
    email = forms.EmailField()
    phone = forms.CharField(max_length=20, required=False)
    child_name = forms.CharField(max_length=120)
    child_age = forms.IntegerField(min_value=4, max_value=18)
    previous_experience = forms.CharField(widget=forms.Textarea, required=False)
    preferred_day = forms.ChoiceField(choices=DAYS)
    heard_about_us = forms.CharField(max_length=100, required=False)


class LessonNoteForm(forms.ModelForm):
    practice_minutes = forms.IntegerField(min_value=0, required=False)

    class Meta:
        model = Lesson
        fields = ["attended", "notes", "pieces"]

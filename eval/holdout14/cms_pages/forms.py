from django import forms

from .models import Page


class PageForm(forms.ModelForm):
    notify_subscribers = forms.BooleanField(required=False)

    class Meta:
        model = Page
        fields = ["title", "slug", "parent", "template_name", "seo_description", "og_image", "show_in_menu"]


class ContactBlockForm(forms.Form):
    recipient_email = forms.EmailField(help_text="Mailbox that receives submissions")
    subject_prefix = forms.CharField(max_length=40, initial="[Website]")
    success_message = forms.CharField(max_length=200)
    button_label = forms.CharField(max_length=30, initial="Send")


class SiteSearchForm(forms.Form):
    q = forms.CharField(max_length=100, required=False)
    section = forms.ChoiceField(choices=[("all", "All"), ("news", "News")], required=False)


class PreviewShareForm(forms.Form):
    share_with_email = forms.EmailField()
    expires_in_hours = forms.IntegerField(min_value=1, max_value=168, initial=48)

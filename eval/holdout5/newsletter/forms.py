from __future__ import annotations

from django import forms

from .models import Post, Publication, Subscriber


class SubscribeForm(forms.ModelForm):
    email = forms.EmailField(widget=forms.EmailInput(attrs={"placeholder": "you@example.com"}))
    honeypot = forms.CharField(required=False, widget=forms.HiddenInput)

    class Meta:
        model = Subscriber
        fields = ["email", "name"]


class PublicationSettingsForm(forms.ModelForm):
    accent_colour = forms.CharField(max_length=7, required=False)

    class Meta:
        model = Publication
        fields = ["name", "tagline", "logo", "from_email", "reply_to"]


class PostEditorForm(forms.ModelForm):
    schedule_for = forms.DateTimeField(required=False)
    notify_subscribers = forms.BooleanField(required=False, initial=True)

    class Meta:
        model = Post
        fields = ["title", "subtitle", "body_html", "cover_image", "audience"]


class ImportSubscribersForm(forms.Form):
    source_platform = forms.ChoiceField(choices=[("mailchimp", "Mailchimp"), ("csv", "CSV")])
    has_header_row = forms.BooleanField(required=False, initial=True)
    mark_as_paid = forms.BooleanField(required=False)


class UnsubscribeForm(forms.Form):
    reason = forms.ChoiceField(
        choices=[("too_many", "Too many emails"), ("not_relevant", "Not relevant")],
        required=False,
    )
    other_reason = forms.CharField(widget=forms.Textarea, required=False)

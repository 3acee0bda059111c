"""Staff-side Django forms of the ticketing back office."""

from __future__ import annotations

from django import forms


class DoorScanForm(forms.Form):
    ticket_code = forms.CharField(max_length=32)
    gate = forms.ChoiceField(choices=[("main", "Main"), ("vip", "VIP"), ("side", "Side")])
    device_serial = forms.CharField(max_length=40, required=False)


class RefundRequestForm(forms.Form):
    order_reference = forms.CharField(max_length=12)
    email = forms.EmailField()
    reason = forms.CharField(widget=forms.Textarea)
    refund_to_original_card = forms.BooleanField(initial=True, required=False)
    bank_account_name = forms.CharField(required=False)
    iban = forms.CharField(required=False, max_length=34)


class TransferTicketForm(forms.Form):
    ticket_code = forms.CharField(max_length=32)
    recipient_first_name = forms.CharField(max_length=60)
    recipient_last_name = forms.CharField(max_length=60)
    recipient_email = forms.EmailField()
    message = forms.CharField(widget=forms.Textarea, required=False, max_length=500)


class SeatMapUploadForm(forms.Form):
    venue_id = forms.IntegerField()
    svg_file = forms.FileField()
    rows = forms.IntegerField(min_value=1)
    seats_per_row = forms.IntegerField(min_value=1)
    overwrite = forms.BooleanField(required=False)


class StaffInviteForm(forms.ModelForm):
    username = forms.CharField(max_length=30)
    work_email = forms.EmailField()
    role = forms.ChoiceField(choices=[("door", "Door"), ("box", "Box office"), ("admin", "Admin")])

    class Meta:
        fields = ["username", "work_email", "role"]

from django import forms


class GraveSearchForm(forms.Form):
    surname = forms.CharField(max_length=80)
    forename = forms.CharField(max_length=80, required=False)
    year_of_death = forms.IntegerField(required=False, min_value=1850)
    cemetery = forms.ModelChoiceField(queryset=None, required=False)


class TransferOfRightForm(forms.Form):
    deed_number = forms.CharField(max_length=12)
    new_owner_name = forms.CharField(max_length=150)
    new_owner_address = forms.CharField(widget=forms.Textarea)
    new_owner_email = forms.EmailField(required=False)
    statutory_declaration = forms.FileField()
    reason = forms.CharField(widget=forms.Textarea, required=False)

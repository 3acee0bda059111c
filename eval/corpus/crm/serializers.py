"""Django REST framework serializers of the CRM (evaluation corpus)."""

from rest_framework import serializers

from crm.models import Contact, Ticket


class ContactSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(read_only=True)
    email = serializers.EmailField()
    mobile_phone = serializers.CharField(required=False)
    birthday = serializers.DateField(required=False)
    marital_status = serializers.ChoiceField(choices=["single", "married"])
    ticket_count = serializers.IntegerField(read_only=True)
    url = serializers.HyperlinkedIdentityField(view_name="contact-detail")

    class Meta:
        model = Contact
        fields = "__all__"


class TicketSerializer(serializers.ModelSerializer):
    requester_email = serializers.EmailField(source="requester.email")
    subject = serializers.CharField()
    priority = serializers.CharField()
    attachment_file_name = serializers.CharField(required=False)

    class Meta:
        model = Ticket
        fields = "__all__"


class SignupSerializer(serializers.Serializer):
    username = serializers.CharField(max_length=150)
    email = serializers.EmailField()
    password = serializers.CharField(write_only=True)
    password2 = serializers.CharField(write_only=True)
    age = serializers.IntegerField(required=False)
    country = serializers.CharField(required=False)
    accepts_marketing = serializers.BooleanField(default=False)
    captcha_token = serializers.CharField()
    terms_accepted = serializers.BooleanField()


class BrowserEventSerializer(serializers.Serializer):
    remoteAddress = serializers.IPAddressField()
    userAgent = serializers.CharField()
    pageUrl = serializers.URLField()
    eventType = serializers.CharField()
    timestamp = serializers.DateTimeField()
    visitorId = serializers.CharField()
    screenWidth = serializers.IntegerField()


class PaymentSerializer(serializers.Serializer):
    card_holder_name = serializers.CharField()
    credit_card_number = serializers.CharField()
    amount = serializers.DecimalField(max_digits=10, decimal_places=2)
    currency = serializers.CharField()
    payment_nonce = serializers.CharField()
    credit_score = serializers.IntegerField(required=False)
    annual_income = serializers.DecimalField(max_digits=12, decimal_places=2)

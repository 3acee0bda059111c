from __future__ import annotations

from rest_framework import serializers

from .models import Client, Invoice, LineItem


class LineItemSerializer(serializers.ModelSerializer):
    total = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)

    class Meta:
        model = LineItem
        fields = ["description", "quantity", "unit_price", "total"]


class ClientSerializer(serializers.ModelSerializer):
    outstanding = serializers.DecimalField(max_digits=12, decimal_places=2, read_only=True)

    class Meta:
        model = Client
        fields = ["id", "company", "contact_name", "contact_email", "country", "outstanding"]


class InvoiceSerializer(serializers.ModelSerializer):
    lines = LineItemSerializer(many=True)
    client_name = serializers.CharField(source="client.company", read_only=True)
    pdf_url = serializers.SerializerMethodField()

    class Meta:
        model = Invoice
        fields = ["number", "client", "client_name", "issue_date", "due_date", "lines", "pdf_url"]


class SendInvoiceSerializer(serializers.Serializer):
    to = serializers.ListField(child=serializers.EmailField())
    cc_me = serializers.BooleanField(default=False)
    subject = serializers.CharField(max_length=200)
    message = serializers.CharField(allow_blank=True)
    attach_pdf = serializers.BooleanField(default=True)

from rest_framework import serializers

from .models import Beneficiary, Project, Supplier


class SupplierSerializer(serializers.ModelSerializer):
    project_count = serializers.IntegerField(read_only=True)

    class Meta:
        model = Supplier
        fields = ["id", "name", "contact_email", "project_count"]


class ProjectSerializer(serializers.ModelSerializer):
    supplier_name = serializers.CharField(source="supplier.name", read_only=True)
    pledges = serializers.IntegerField(read_only=True)

    class Meta:
        model = Project
        fields = ["reference", "title", "status", "supplier_name", "pledges"]


class BeneficiarySerializer(serializers.ModelSerializer):
    voucher_code = serializers.CharField(source="voucher.code", read_only=True)

    class Meta:
        model = Beneficiary
        fields = ["id", "full_name", "email", "postcode", "voucher_code"]


class PledgeSerializer(serializers.Serializer):
    project_reference = serializers.CharField(max_length=20)
    full_name = serializers.CharField(max_length=150)
    email = serializers.EmailField()
    phone = serializers.CharField(max_length=20, required=False)
    address_line_1 = serializers.CharField(max_length=100)
    postcode = serializers.CharField(max_length=8)
    is_business = serializers.BooleanField(default=False)
    accepts_terms = serializers.BooleanField()
    partner_offers_opt_in = serializers.BooleanField(default=False)


class SpeedTestSerializer(serializers.Serializer):
    beneficiary_id = serializers.IntegerField()
    download_mbps = serializers.FloatField()
    upload_mbps = serializers.FloatField()
    latency_ms = serializers.IntegerField()
    client_ip = serializers.IPAddressField()
    tested_at = serializers.DateTimeField()


class VoucherClaimSerializer(serializers.Serializer):
    voucher_code = serializers.CharField(max_length=16)
    supplier_invoice_number = serializers.CharField(max_length=30)
    amount = serializers.DecimalField(max_digits=8, decimal_places=2)
    connected_on = serializers.DateField()
    supplier_sort_code = serializers.CharField(max_length=8)
    supplier_account_number = serializers.CharField(max_length=8)

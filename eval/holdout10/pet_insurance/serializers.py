from datetime import date

from rest_framework import serializers

from .models import Pet, PolicyHolder


class PetSerializer(serializers.ModelSerializer):
    age_years = serializers.SerializerMethodField()

    class Meta:
        model = Pet
        fields = ["id", "name", "species", "breed", "date_of_birth", "age_years"]

    def get_age_years(self, obj):
        return (date.today() - obj.date_of_birth).days // 365


class PolicyHolderSerializer(serializers.ModelSerializer):
    full_name = serializers.SerializerMethodField()
    pets = PetSerializer(many=True, read_only=True)

    class Meta:
        model = PolicyHolder
        fields = ["id", "full_name", "email", "phone", "postcode", "pets"]

    def get_full_name(self, obj):
        return f"{obj.title} {obj.first_name} {obj.last_name}".strip()


class ClaimSubmitSerializer(serializers.Serializer):
    policy_number = serializers.CharField(max_length=14)
    pet_name = serializers.CharField(max_length=40)
    vet_practice = serializers.CharField(max_length=120)
    invoice = serializers.FileField()
    description = serializers.CharField(max_length=4000)
    amount = serializers.DecimalField(max_digits=9, decimal_places=2)
    payee_sort_code = serializers.RegexField(r"^\d{2}-?\d{2}-?\d{2}$", required=False)
    payee_account_number = serializers.RegexField(r"^\d{8}$", required=False)
    declaration_accepted = serializers.BooleanField()


class QuoteRequestSerializer(serializers.Serializer):
    postcode = serializers.CharField(max_length=8)
    owner_date_of_birth = serializers.DateField()
    species = serializers.ChoiceField(choices=["dog", "cat", "rabbit"])
    breed = serializers.CharField(max_length=60)
    pet_date_of_birth = serializers.DateField()
    email = serializers.EmailField()

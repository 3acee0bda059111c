from rest_framework import serializers

from .models import Item, Loan, Member


class MemberSerializer(serializers.ModelSerializer):
    full_name = serializers.CharField(source="user.get_full_name", read_only=True)
    email = serializers.EmailField(source="user.email", read_only=True)
    home_branch = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Member
        fields = [
            "id", "card_number", "full_name", "preferred_name", "email", "phone",
            "address_line_1", "address_line_2", "town", "postcode", "home_branch", "tier",
        ]


class ItemSerializer(serializers.ModelSerializer):
    branch = serializers.StringRelatedField()
    available = serializers.BooleanField(source="is_available", read_only=True)

    class Meta:
        model = Item
        fields = ["id", "name", "category", "brand", "condition", "weekly_fee", "branch",
                  "available"]


class LoanSerializer(serializers.ModelSerializer):
    item_name = serializers.CharField(source="item.name", read_only=True)
    member_card = serializers.CharField(source="member.card_number", read_only=True)
    overdue = serializers.BooleanField(source="is_overdue", read_only=True)

    class Meta:
        model = Loan
        fields = ["id", "item", "item_name", "member", "member_card", "borrowed_at",
                  "due_back", "returned_at", "late_fee", "overdue"]
        read_only_fields = ["borrowed_at", "late_fee"]


class CheckoutSerializer(serializers.Serializer):
    card_number = serializers.CharField(max_length=12)
    item_id = serializers.IntegerField()
    days = serializers.IntegerField(min_value=1, max_value=28, default=7)
    signature = serializers.CharField(help_text="Base64 PNG of the member's signature on the pad")


class ReturnSerializer(serializers.Serializer):
    loan_id = serializers.IntegerField()
    condition = serializers.ChoiceField(choices=["good", "worn", "repair", "retired"])
    damage_description = serializers.CharField(required=False, allow_blank=True)

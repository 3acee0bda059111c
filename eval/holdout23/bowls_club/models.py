from django.conf import settings
from django.db import models


class Green(models.Model):
    name = models.CharField(max_length=60)
    surface = models.CharField(
        max_length=20, choices=[("grass", "Grass"), ("carpet", "Carpet")]
    )
    rinks = models.PositiveSmallIntegerField(default=6)
    floodlit = models.BooleanField(default=False)
    groundsman_phone = models.CharField(max_length=20, blank=True)

    def __str__(self):
        return self.name


class Member(models.Model):
    MEMBERSHIP_TYPES = [
        ("full", "Full playing"),
        ("social", "Social"),
        ("junior", "Junior"),
        ("county", "County player"),
    ]
    POSITIONS = [("lead", "Lead"), ("two", "Two"), ("three", "Three"), ("skip", "Skip")]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=50)
    surname = models.CharField(max_length=50)
    date_of_birth = models.DateField(null=True, blank=True)
    membership_type = models.CharField(max_length=10, choices=MEMBERSHIP_TYPES)
    address_line1 = models.CharField(max_length=100)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    home_phone = models.CharField(max_length=20, blank=True)
    email = models.EmailField(blank=True)
    bowls_england_number = models.CharField(max_length=12, blank=True)
    preferred_position = models.CharField(max_length=5, choices=POSITIONS, blank=True)
    uses_wheelchair_on_green = models.BooleanField(default=False)
    locker_number = models.PositiveSmallIntegerField(null=True, blank=True)
    subs_paid_until = models.DateField(null=True, blank=True)
    gift_aid_declared = models.BooleanField(default=False)
    joined = models.DateField(auto_now_add=True)

    class Meta:
        ordering = ["surname", "first_name"]


class Fixture(models.Model):
    opponent = models.CharField(max_length=80)
    green = models.ForeignKey(Green, on_delete=models.PROTECT, null=True)
    starts_at = models.DateTimeField()
    home = models.BooleanField(default=True)
    league = models.CharField(max_length=60, blank=True)
    captain = models.ForeignKey(Member, on_delete=models.SET_NULL, null=True, related_name="+")
    shots_for = models.PositiveSmallIntegerField(null=True, blank=True)
    shots_against = models.PositiveSmallIntegerField(null=True, blank=True)


class Selection(models.Model):
    fixture = models.ForeignKey(Fixture, on_delete=models.CASCADE, related_name="selections")
    member = models.ForeignKey(Member, on_delete=models.CASCADE)
    rink = models.PositiveSmallIntegerField()
    position = models.CharField(max_length=5, choices=Member.POSITIONS)
    available = models.BooleanField(default=True)

    class Meta:
        unique_together = [("fixture", "member")]

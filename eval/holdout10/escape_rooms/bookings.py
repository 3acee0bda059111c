from django.db import models

from .venues import Room


class Booking(models.Model):
    room = models.ForeignKey(Room, on_delete=models.PROTECT)
    slot_start = models.DateTimeField()
    lead_booker_name = models.CharField(max_length=120)
    lead_booker_email = models.EmailField()
    lead_booker_phone = models.CharField(max_length=20)
    party_size = models.PositiveSmallIntegerField()
    occasion = models.CharField(max_length=30, blank=True)
    completed = models.BooleanField(default=False)
    escape_time_seconds = models.PositiveIntegerField(null=True, blank=True)
    team_photo = models.ImageField(upload_to="team_photos/", blank=True)


class Voucher(models.Model):
    code = models.CharField(max_length=12, unique=True)
    value = models.DecimalField(max_digits=6, decimal_places=2)
    purchaser_email = models.EmailField()
    recipient_name = models.CharField(max_length=120, blank=True)
    expires = models.DateField()
    redeemed = models.BooleanField(default=False)


class LeaderboardEntry(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE)
    team_name = models.CharField(max_length=40)
    time_seconds = models.PositiveIntegerField()
    played_on = models.DateField()

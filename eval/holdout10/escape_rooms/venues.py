from django.db import models


class Venue(models.Model):
    name = models.CharField(max_length=80)
    address = models.CharField(max_length=200)
    postcode = models.CharField(max_length=8)
    phone = models.CharField(max_length=20)
    email = models.EmailField()
    latitude = models.DecimalField(max_digits=9, decimal_places=6)
    longitude = models.DecimalField(max_digits=9, decimal_places=6)
    opening_hours = models.JSONField(default=dict)
    manager_name = models.CharField(max_length=120, blank=True)


class Room(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="rooms")
    name = models.CharField(max_length=80)
    theme = models.CharField(max_length=40)
    difficulty = models.PositiveSmallIntegerField(default=3)
    min_players = models.PositiveSmallIntegerField(default=2)
    max_players = models.PositiveSmallIntegerField(default=6)
    age_rating = models.PositiveSmallIntegerField(default=12)
    duration_minutes = models.PositiveSmallIntegerField(default=60)
    price_per_player = models.DecimalField(max_digits=6, decimal_places=2)
    is_accessible = models.BooleanField(default=False)


class Puzzle(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="puzzles")
    title = models.CharField(max_length=80)
    sequence = models.PositiveSmallIntegerField()
    answer = models.CharField(max_length=40)
    hint_1 = models.TextField(blank=True)
    hint_2 = models.TextField(blank=True)
    reset_instructions = models.TextField(blank=True)
    maglock_channel = models.PositiveSmallIntegerField(null=True)


class PropDevice(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="props")
    label = models.CharField(max_length=60)
    mac_address = models.CharField(max_length=17, unique=True)
    ip_address = models.GenericIPAddressField(protocol="IPv4")
    firmware = models.CharField(max_length=20)
    battery_level = models.PositiveSmallIntegerField(null=True)
    last_seen = models.DateTimeField(null=True)

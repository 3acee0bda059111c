from django.conf import settings
from django.db import models


class Choir(models.Model):
    name = models.CharField(max_length=120)
    registered_charity_no = models.CharField(max_length=12, blank=True)
    rehearsal_venue = models.CharField(max_length=200)
    contact_email = models.EmailField()
    founded = models.PositiveSmallIntegerField(null=True, blank=True)

    def __str__(self):
        return self.name


class Singer(models.Model):
    VOICE_PARTS = [("S", "Soprano"), ("A", "Alto"), ("T", "Tenor"), ("B", "Bass")]

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    choir = models.ForeignKey(Choir, on_delete=models.CASCADE, related_name="singers")
    first_name = models.CharField(max_length=60)
    surname = models.CharField(max_length=60)
    voice_part = models.CharField(max_length=1, choices=VOICE_PARTS)
    mobile = models.CharField(max_length=20)
    date_of_birth = models.DateField(null=True, blank=True)
    passport_number = models.CharField(max_length=20, blank=True)
    passport_expiry = models.DateField(null=True, blank=True)
    nationality = models.CharField(max_length=60, blank=True)
    ghic_number = models.CharField("GHIC/EHIC number", max_length=20, blank=True)
    dietary_requirements = models.CharField(max_length=200, blank=True)
    mobility_needs = models.TextField(blank=True)
    emergency_contact_name = models.CharField(max_length=120, blank=True)
    emergency_contact_phone = models.CharField(max_length=20, blank=True)
    subs_paid_until = models.DateField(null=True, blank=True)
    joined = models.DateField(auto_now_add=True)


class Tour(models.Model):
    choir = models.ForeignKey(Choir, on_delete=models.CASCADE, related_name="tours")
    title = models.CharField(max_length=200)
    destination_city = models.CharField(max_length=100)
    departs = models.DateField()
    returns = models.DateField()
    coach_company = models.CharField(max_length=120, blank=True)
    per_head_cost = models.DecimalField(max_digits=8, decimal_places=2)
    max_places = models.PositiveSmallIntegerField(default=50)


class TourPlace(models.Model):
    STATUS_CHOICES = [
        ("held", "Held"),
        ("confirmed", "Confirmed"),
        ("waitlist", "Waiting list"),
        ("withdrawn", "Withdrawn"),
    ]

    tour = models.ForeignKey(Tour, on_delete=models.CASCADE, related_name="places")
    singer = models.ForeignKey(Singer, on_delete=models.CASCADE, related_name="tour_places")
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default="held")
    room_share_with = models.ForeignKey(
        Singer, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    deposit_paid = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    balance_outstanding = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    seat_preference = models.CharField(max_length=20, blank=True)
    booked_at = models.DateTimeField(auto_now_add=True)


class Concert(models.Model):
    tour = models.ForeignKey(Tour, on_delete=models.CASCADE, related_name="concerts")
    venue_name = models.CharField(max_length=200)
    venue_address = models.TextField()
    starts_at = models.DateTimeField()
    programme_notes = models.TextField(blank=True)
    ticket_price = models.DecimalField(max_digits=6, decimal_places=2, null=True)

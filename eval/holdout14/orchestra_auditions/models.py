from django.conf import settings
from django.db import models


class Orchestra(models.Model):
    name = models.CharField(max_length=120)
    season = models.CharField(max_length=9)
    hall = models.CharField(max_length=120)
    auditions_email = models.EmailField()


class Vacancy(models.Model):
    orchestra = models.ForeignKey(Orchestra, on_delete=models.CASCADE)
    position = models.CharField(max_length=80)
    instrument = models.CharField(max_length=40)
    salary_band = models.CharField(max_length=20, blank=True)
    closing_date = models.DateField()
    trial_weeks = models.PositiveSmallIntegerField(default=6)


class Candidate(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    pronouns = models.CharField(max_length=20, blank=True)
    date_of_birth = models.DateField(null=True, blank=True)
    nationality = models.CharField(max_length=60, blank=True)
    right_to_work_uk = models.BooleanField(default=False)
    email = models.EmailField()
    phone = models.CharField(max_length=20)
    address = models.TextField()
    current_employer = models.CharField(max_length=120, blank=True)
    conservatoire = models.CharField(max_length=120, blank=True)
    teacher_name = models.CharField(max_length=120, blank=True)
    cv = models.FileField(upload_to="cvs/")
    recording_url = models.URLField(blank=True)
    access_requirements = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)


class Audition(models.Model):
    ROUNDS = [(1, "First round"), (2, "Second round"), (3, "Final")]

    vacancy = models.ForeignKey(Vacancy, on_delete=models.CASCADE)
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="auditions")
    round = models.PositiveSmallIntegerField(choices=ROUNDS, default=1)
    slot_start = models.DateTimeField()
    warm_up_room = models.CharField(max_length=20, blank=True)
    accompanist = models.CharField(max_length=120, blank=True)
    panel_score = models.DecimalField(max_digits=4, decimal_places=1, null=True)
    panel_notes = models.TextField(blank=True)
    outcome = models.CharField(max_length=20, blank=True)


class PanelMember(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    orchestra = models.ForeignKey(Orchestra, on_delete=models.CASCADE)
    role = models.CharField(max_length=60)
    chairs_panel = models.BooleanField(default=False)

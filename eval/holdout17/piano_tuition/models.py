from django.db import models


class Teacher(models.Model):
    user = models.OneToOneField("auth.User", on_delete=models.CASCADE)
    display_name = models.CharField(max_length=100)
    dbs_certificate_number = models.CharField(max_length=12, blank=True)
    dbs_checked_on = models.DateField(null=True, blank=True)
    diploma = models.CharField(max_length=60, blank=True)
    rate_per_lesson = models.DecimalField(max_digits=6, decimal_places=2)
    room = models.CharField(max_length=20)

    def __str__(self):
        return self.display_name


class Family(models.Model):
    parent_name = models.CharField(max_length=120)
    email = models.EmailField()
    phone = models.CharField(max_length=20)
    address = models.TextField()
    postcode = models.CharField(max_length=8)
    sibling_discount = models.BooleanField(default=False)
    account_balance = models.DecimalField(max_digits=8, decimal_places=2, default=0)
    newsletter = models.BooleanField(default=False)

    class Meta:
        verbose_name_plural = "families"


class Pupil(models.Model):
    family = models.ForeignKey(Family, on_delete=models.CASCADE, related_name="pupils")
    teacher = models.ForeignKey(Teacher, on_delete=models.SET_NULL, null=True, related_name="pupils")
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    date_of_birth = models.DateField()
    school = models.CharField(max_length=100, blank=True)
    school_year = models.PositiveSmallIntegerField(null=True, blank=True)
    current_grade = models.PositiveSmallIntegerField(default=0)
    learning_needs = models.TextField(blank=True)
    photo_consent = models.BooleanField(default=False)
    active = models.BooleanField(default=True)
    started_on = models.DateField(auto_now_add=True)


class Lesson(models.Model):
    pupil = models.ForeignKey(Pupil, on_delete=models.CASCADE, related_name="lessons")
    teacher = models.ForeignKey(Teacher, on_delete=models.PROTECT)
    starts_at = models.DateTimeField()
    duration_minutes = models.PositiveSmallIntegerField(default=30)
    attended = models.BooleanField(null=True)
    notes = models.TextField(blank=True)
    pieces = models.CharField(max_length=255, blank=True)


class ExamEntry(models.Model):
    BOARDS = [("abrsm", "ABRSM"), ("tcl", "Trinity"), ("lcm", "LCM")]

    pupil = models.ForeignKey(Pupil, on_delete=models.CASCADE, related_name="exams")
    board = models.CharField(max_length=5, choices=BOARDS)
    grade = models.PositiveSmallIntegerField()
    session = models.CharField(max_length=20)
    entry_fee = models.DecimalField(max_digits=6, decimal_places=2)
    candidate_number = models.CharField(max_length=12, blank=True)
    mark = models.PositiveSmallIntegerField(null=True, blank=True)
    result = models.CharField(max_length=12, blank=True)


class Invoice(models.Model):
    family = models.ForeignKey(Family, on_delete=models.PROTECT, related_name="invoices")
    term = models.CharField(max_length=20)
    total = models.DecimalField(max_digits=8, decimal_places=2)
    issued_on = models.DateField()
    paid_on = models.DateField(null=True, blank=True)

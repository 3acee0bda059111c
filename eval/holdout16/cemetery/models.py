from django.db import models


class Cemetery(models.Model):
    name = models.CharField(max_length=120)
    address = models.CharField(max_length=250)
    postcode = models.CharField(max_length=10)
    office_phone = models.CharField(max_length=20)
    registrar_name = models.CharField(max_length=120)
    opened_year = models.PositiveSmallIntegerField(null=True)


class Section(models.Model):
    cemetery = models.ForeignKey(Cemetery, on_delete=models.CASCADE, related_name="sections")
    code = models.CharField(max_length=6)
    denomination = models.CharField(max_length=40, blank=True)
    consecrated = models.BooleanField(default=False)
    full = models.BooleanField(default=False)


class Plot(models.Model):
    TYPE_CHOICES = [("lawn", "Lawn"), ("traditional", "Traditional"), ("cremated", "Cremated remains")]

    section = models.ForeignKey(Section, on_delete=models.PROTECT, related_name="plots")
    row = models.CharField(max_length=4)
    number = models.PositiveIntegerField()
    plot_type = models.CharField(max_length=12, choices=TYPE_CHOICES)
    depth = models.PositiveSmallIntegerField(default=2)
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True)
    reserved = models.BooleanField(default=False)


class GraveOwner(models.Model):
    full_name = models.CharField(max_length=150)
    address_line1 = models.CharField(max_length=120)
    town = models.CharField(max_length=60)
    postcode = models.CharField(max_length=10)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=20, blank=True)
    relationship_to_deceased = models.CharField(max_length=40, blank=True)
    plots = models.ManyToManyField(Plot, through="BurialRight")


class BurialRight(models.Model):
    owner = models.ForeignKey(GraveOwner, on_delete=models.PROTECT)
    plot = models.ForeignKey(Plot, on_delete=models.PROTECT)
    deed_number = models.CharField(max_length=12, unique=True)
    purchased_on = models.DateField()
    expires_on = models.DateField()
    price_paid = models.DecimalField(max_digits=8, decimal_places=2)


class Interment(models.Model):
    plot = models.ForeignKey(Plot, on_delete=models.PROTECT, related_name="interments")
    deceased_forenames = models.CharField(max_length=120)
    deceased_surname = models.CharField(max_length=80)
    date_of_birth = models.DateField(null=True, blank=True)
    date_of_death = models.DateField()
    age_at_death = models.PositiveSmallIntegerField(null=True)
    last_address = models.CharField(max_length=250, blank=True)
    religion = models.CharField(max_length=40, blank=True)
    cause_of_death = models.CharField(max_length=200, blank=True)
    funeral_director = models.CharField(max_length=120)
    interred_on = models.DateField()
    applicant = models.ForeignKey(GraveOwner, null=True, on_delete=models.SET_NULL)


class Memorial(models.Model):
    plot = models.OneToOneField(Plot, on_delete=models.CASCADE)
    mason_company = models.CharField(max_length=120)
    material = models.CharField(max_length=40)
    height_mm = models.PositiveIntegerField()
    inscription = models.TextField()
    approved_on = models.DateField(null=True)

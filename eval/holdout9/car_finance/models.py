from django.db import models


class FinanceProduct(models.TextChoices):
    HP = "hp", "Hire purchase"
    PCP = "pcp", "Personal contract purchase"
    LEASE = "pch", "Personal contract hire"


class Vehicle(models.Model):
    stock_number = models.CharField(max_length=10, unique=True)
    registration = models.CharField(max_length=8)
    vin = models.CharField(max_length=17, unique=True)
    make = models.CharField(max_length=40)
    model = models.CharField(max_length=60)
    year = models.PositiveSmallIntegerField()
    mileage = models.PositiveIntegerField()
    fuel_type = models.CharField(max_length=12)
    colour = models.CharField(max_length=30)
    price = models.DecimalField(max_digits=9, decimal_places=2)
    is_sold = models.BooleanField(default=False)


class Lender(models.Model):
    name = models.CharField(max_length=80)
    fca_number = models.CharField(max_length=8)
    api_endpoint = models.URLField()
    commission_rate = models.DecimalField(max_digits=4, decimal_places=2)
    underwriting_email = models.EmailField()


class Customer(models.Model):
    TITLES = [("mr", "Mr"), ("mrs", "Mrs"), ("miss", "Miss"), ("ms", "Ms"), ("dr", "Dr"), ("mx", "Mx")]

    title = models.CharField(max_length=4, choices=TITLES)
    first_name = models.CharField(max_length=60)
    last_name = models.CharField(max_length=60)
    email = models.EmailField()
    mobile = models.CharField(max_length=20)
    date_of_birth = models.DateField()
    marital_status = models.CharField(max_length=20, blank=True)
    house_number = models.CharField(max_length=20)
    street = models.CharField(max_length=120)
    town = models.CharField(max_length=80)
    postcode = models.CharField(max_length=8)
    residential_status = models.CharField(max_length=20, blank=True)  # owner / tenant / with parents
    driving_licence_number = models.CharField(max_length=16, blank=True)
    salesperson = models.ForeignKey("auth.User", null=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)


class FinanceApplication(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE, related_name="applications")
    vehicle = models.ForeignKey(Vehicle, on_delete=models.PROTECT)
    lender = models.ForeignKey(Lender, null=True, on_delete=models.SET_NULL)
    product = models.CharField(max_length=3, choices=FinanceProduct.choices)
    deposit = models.DecimalField(max_digits=9, decimal_places=2)
    term_months = models.PositiveSmallIntegerField()
    apr = models.DecimalField(max_digits=5, decimal_places=2, null=True)
    monthly_payment = models.DecimalField(max_digits=8, decimal_places=2, null=True)
    gross_annual_income = models.DecimalField(max_digits=10, decimal_places=2)
    employment_status = models.CharField(max_length=20)
    occupation = models.CharField(max_length=80, blank=True)
    employer_name = models.CharField(max_length=120, blank=True)
    sort_code = models.CharField(max_length=8)
    account_number = models.CharField(max_length=8)
    credit_search_consent = models.BooleanField(default=False)
    credit_score = models.PositiveSmallIntegerField(null=True, blank=True)
    decision = models.CharField(max_length=10, blank=True)  # approved / referred / declined
    submitted_at = models.DateTimeField(null=True, blank=True)


class PartExchange(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.CASCADE)
    registration = models.CharField(max_length=8)
    mileage = models.PositiveIntegerField()
    valuation = models.DecimalField(max_digits=9, decimal_places=2)
    outstanding_finance = models.DecimalField(max_digits=9, decimal_places=2, default=0)
    settlement_lender = models.CharField(max_length=80, blank=True)

import datetime

from peewee import (BooleanField, CharField, DateField, DateTimeField, DecimalField, FloatField,
                    ForeignKeyField, IntegerField, Model, PostgresqlDatabase, TextField)

db = PostgresqlDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Installer(BaseModel):
    company_name = CharField()
    trustmark_licence = CharField(unique=True)
    contact_email = CharField()
    phone = CharField()
    region = CharField()
    approved = BooleanField(default=True)


class Household(BaseModel):
    uprn = CharField(unique=True)
    address_line_1 = CharField()
    address_line_2 = CharField(null=True)
    town = CharField()
    postcode = CharField(index=True)
    latitude = FloatField(null=True)
    longitude = FloatField(null=True)
    tenure = CharField(choices=[("owner", "Owner occupier"), ("private", "Private rented"), ("social", "Social rented")])
    property_type = CharField()
    epc_rating = CharField(max_length=1, null=True)
    main_heating_fuel = CharField()
    occupants = IntegerField(default=1)


class Applicant(BaseModel):
    household = ForeignKeyField(Household, backref="applicants")
    full_name = CharField()
    email = CharField(null=True)
    phone = CharField()
    date_of_birth = DateField()
    nino = CharField(null=True)
    benefit_type = CharField(null=True)
    household_income = DecimalField(null=True)
    cold_sensitive_condition = BooleanField(default=False)
    condition_details = TextField(null=True)
    consent_data_sharing = BooleanField(default=False)
    signature = TextField(null=True)
    created = DateTimeField(default=datetime.datetime.now)


class Survey(BaseModel):
    household = ForeignKeyField(Household, backref="surveys")
    installer = ForeignKeyField(Installer)
    surveyor_name = CharField()
    surveyed_on = DateField()
    loft_depth_mm = IntegerField(null=True)
    cavity_wall = BooleanField(null=True)
    photo_keys = TextField(null=True)
    access_notes = TextField(null=True)


class Grant(BaseModel):
    applicant = ForeignKeyField(Applicant, backref="grants")
    installer = ForeignKeyField(Installer, null=True)
    scheme = CharField()
    amount = DecimalField()
    status = CharField(default="pending")
    approved_on = DateField(null=True)
    paid_on = DateField(null=True)

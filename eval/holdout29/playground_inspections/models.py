from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    PostgresqlDatabase,
    TextField,
)

from .enums import InspectionKind, SurfaceType

db = PostgresqlDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Park(BaseModel):
    name = CharField()
    ward = CharField()
    address = TextField()
    postcode = CharField(max_length=8)
    latitude = FloatField()
    longitude = FloatField()
    owner = CharField(default="Borough Council")
    opening_hours = CharField(default="dawn to dusk")


class Equipment(BaseModel):
    park = ForeignKeyField(Park, backref="equipment")
    asset_number = CharField(unique=True)
    kind = CharField()
    manufacturer = CharField(null=True)
    installed_on = DateField(null=True)
    surface_type = CharField(choices=[(s.value, s.name) for s in SurfaceType])
    critical_fall_height_m = DecimalField(max_digits=3, decimal_places=1, null=True)
    age_range = CharField(null=True, help_text="Manufacturer's intended user age, e.g. 2-6")
    max_user_weight_kg = IntegerField(null=True)


class Contractor(BaseModel):
    name = CharField()
    contact_email = CharField()
    phone = CharField()
    insurance_expiry = DateField()


class Inspector(BaseModel):
    name = CharField()
    rpii_number = CharField(null=True)
    email = CharField()
    mobile = CharField(null=True)
    employer = ForeignKeyField(Contractor, null=True, backref="inspectors")


class Inspection(BaseModel):
    equipment = ForeignKeyField(Equipment, backref="inspections")
    inspector = ForeignKeyField(Inspector, backref="inspections")
    inspected_on = DateField()
    kind = CharField(choices=[(k.value, k.name) for k in InspectionKind])
    risk_score = IntegerField()
    passed = BooleanField()
    findings = TextField(default="")
    photo_path = CharField(null=True)


class DefectReport(BaseModel):
    equipment = ForeignKeyField(Equipment, backref="defects")
    reported_at = DateTimeField()
    reported_by_public = BooleanField(default=False)
    reporter_name = CharField(null=True)
    reporter_email = CharField(null=True)
    description = TextField()
    status = CharField(default="open")
    closed_on = DateField(null=True)

import enum

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

db = SqliteDatabase(None)


class Belt(enum.Enum):
    RED = "red"
    YELLOW = "yellow"
    ORANGE = "orange"
    GREEN = "green"
    BLUE = "blue"
    BROWN = "brown"
    BLACK = "black"


class Gender(enum.Enum):
    FEMALE = "F"
    MALE = "M"
    OTHER = "X"


class BaseModel(Model):
    class Meta:
        database = db


class Club(BaseModel):
    name = CharField()
    dojo_address = TextField()
    contact_email = CharField()
    affiliation_number = CharField(unique=True)


class Member(BaseModel):
    club = ForeignKeyField(Club, backref="members")
    first_name = CharField()
    last_name = CharField()
    date_of_birth = DateField()
    gender = CharField(max_length=1, choices=[(g.value, g.name.title()) for g in Gender])
    postcode = CharField(max_length=8, null=True)
    licence_number = CharField(unique=True, null=True)
    current_belt = CharField(default=Belt.RED.value)
    weight_category = CharField(null=True)
    medical_notes = TextField(null=True)
    parent_email = CharField(null=True)
    parent_phone = CharField(null=True)
    photo_consent = BooleanField(default=False)
    is_active = BooleanField(default=True)
    joined_on = DateField()
    last_attended = DateField(null=True)


class Coach(BaseModel):
    member = ForeignKeyField(Member, unique=True, backref="coach_profile")
    coaching_level = CharField()
    dbs_checked_on = DateField(null=True)


class Grading(BaseModel):
    club = ForeignKeyField(Club, backref="gradings")
    held_on = DateField()
    venue = CharField()
    examiner = ForeignKeyField(Coach, backref="gradings_examined")
    fee = DecimalField(decimal_places=2)
    max_candidates = IntegerField(default=40)


class GradingEntry(BaseModel):
    grading = ForeignKeyField(Grading, backref="entries")
    member = ForeignKeyField(Member, backref="grading_entries")
    from_belt = CharField()
    to_belt = CharField()
    passed = BooleanField(null=True)
    score = IntegerField(null=True)
    examiner_remarks = TextField(null=True)
    paid = BooleanField(default=False)

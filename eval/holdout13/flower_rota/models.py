import peewee as pw

db = pw.SqliteDatabase(None)


class BaseModel(pw.Model):
    class Meta:
        database = db


class Church(BaseModel):
    name = pw.CharField()
    parish_office_email = pw.CharField(null=True)
    address = pw.TextField()
    postcode = pw.CharField(max_length=8)
    vestry_door_code = pw.CharField(null=True)


class Volunteer(BaseModel):
    church = pw.ForeignKeyField(Church, backref="volunteers")
    title = pw.CharField(null=True)
    first_name = pw.CharField()
    last_name = pw.CharField()
    email = pw.CharField(null=True)
    landline = pw.CharField(null=True)
    mobile = pw.CharField(null=True)
    house_name_or_number = pw.CharField()
    street = pw.CharField()
    can_drive = pw.BooleanField(default=False)
    has_garden = pw.BooleanField(default=False)
    pollen_allergy = pw.BooleanField(default=False)
    is_active = pw.BooleanField(default=True)
    notes = pw.TextField(default="")
    joined = pw.DateField()


class RotaSlot(BaseModel):
    church = pw.ForeignKeyField(Church, backref="slots")
    sunday = pw.DateField(index=True)
    liturgical_season = pw.CharField(default="Ordinary Time")
    occasion = pw.CharField(null=True)
    arranger = pw.ForeignKeyField(Volunteer, null=True, backref="arranging")
    helper = pw.ForeignKeyField(Volunteer, null=True, backref="helping")
    swapped_with = pw.ForeignKeyField(Volunteer, null=True, backref="+")
    budget = pw.DecimalField(decimal_places=2, default=25)


class Dedication(BaseModel):
    slot = pw.ForeignKeyField(RotaSlot, backref="dedications")
    in_memory_of = pw.CharField()
    given_by = pw.CharField()
    donor_phone = pw.CharField(null=True)
    donation = pw.DecimalField(decimal_places=2, null=True)
    message_for_pew_sheet = pw.TextField(null=True)


class Expense(BaseModel):
    volunteer = pw.ForeignKeyField(Volunteer, backref="expenses")
    slot = pw.ForeignKeyField(RotaSlot, null=True)
    amount = pw.DecimalField(decimal_places=2)
    receipt_photo = pw.CharField(null=True)
    reimburse_sort_code = pw.CharField(max_length=8, null=True)
    reimburse_account_number = pw.CharField(max_length=8, null=True)
    paid = pw.BooleanField(default=False)

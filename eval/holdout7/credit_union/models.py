import datetime

from peewee import (
    BooleanField, CharField, DateField, DateTimeField, DecimalField, ForeignKeyField,
    IntegerField, Model, SqliteDatabase, TextField,
)

db = SqliteDatabase(None)


class BaseModel(Model):
    class Meta:
        database = db


class Branch(BaseModel):
    name = CharField()
    address = TextField()
    sort_code = CharField(max_length=8)
    phone = CharField(max_length=20)
    opens_saturday = BooleanField(default=False)


class Member(BaseModel):
    member_number = CharField(unique=True, max_length=10)
    branch = ForeignKeyField(Branch, backref="members")
    first_name = CharField()
    surname = CharField()
    date_of_birth = DateField()
    ni_number = CharField(max_length=9, null=True)
    address_line1 = CharField()
    postcode = CharField(max_length=10)
    email = CharField(null=True)
    phone = CharField(null=True)
    employer = CharField(null=True)
    status = CharField(default="active")
    marketing_consent = BooleanField(default=False)
    joined_on = DateField(default=datetime.date.today)


class ShareAccount(BaseModel):
    member = ForeignKeyField(Member, backref="share_accounts")
    account_number = CharField(unique=True, max_length=8)
    balance = DecimalField(max_digits=12, decimal_places=2, default=0)
    payroll_deduction = DecimalField(max_digits=8, decimal_places=2, null=True)
    dividend_rate = DecimalField(max_digits=5, decimal_places=3)
    opened_on = DateField()


class Loan(BaseModel):
    member = ForeignKeyField(Member, backref="loans")
    principal = DecimalField(max_digits=10, decimal_places=2)
    apr = DecimalField(max_digits=5, decimal_places=2)
    term_months = IntegerField()
    purpose = CharField()
    net_monthly_income = DecimalField(max_digits=8, decimal_places=2)
    monthly_outgoings = DecimalField(max_digits=8, decimal_places=2)
    arrears = DecimalField(max_digits=10, decimal_places=2, default=0)
    underwriter_notes = TextField(null=True)
    approved_by = CharField(null=True)
    disbursed_at = DateTimeField(null=True)


class LedgerEntry(BaseModel):
    account = ForeignKeyField(ShareAccount, backref="entries")
    posted_at = DateTimeField(default=datetime.datetime.now)
    amount = DecimalField(max_digits=10, decimal_places=2)
    narrative = CharField(max_length=140)
    balance_after = DecimalField(max_digits=12, decimal_places=2)
    channel = CharField(max_length=10)  # counter, payroll, faster_payment
    teller_id = IntegerField(null=True)

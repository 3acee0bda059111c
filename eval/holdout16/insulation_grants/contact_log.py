import datetime

from peewee import BooleanField, CharField, DateTimeField, ForeignKeyField, IntegerField, TextField

from .models import Applicant, BaseModel


class CallLog(BaseModel):
    applicant = ForeignKeyField(Applicant, backref="calls")
    called_at = DateTimeField(default=datetime.datetime.now)
    direction = CharField(choices=[("in", "Inbound"), ("out", "Outbound")])
    handled_by = CharField()
    outcome = CharField(null=True)
    summary = TextField(null=True)


class EligibilityCheck(BaseModel):
    postcode = CharField()
    imd_decile = IntegerField(null=True)
    on_gas_grid = BooleanField(null=True)
    eligible = BooleanField()
    client_ip = CharField(null=True)
    checked_at = DateTimeField(default=datetime.datetime.now)

from peewee import CharField, DateField, DecimalField, ForeignKeyField, IntegerField

from .models import BaseModel, Member


class SubsPayment(BaseModel):
    member = ForeignKeyField(Member, backref="subs_payments")
    season = IntegerField()
    amount = DecimalField(decimal_places=2)
    paid_on = DateField()
    method = CharField(default="bank_transfer")

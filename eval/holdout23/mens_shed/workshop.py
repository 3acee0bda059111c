from peewee import BooleanField, CharField, DateField, DecimalField, ForeignKeyField

from .db import BaseModel
from .members import Shedder


class Machine(BaseModel):
    name = CharField()
    make = CharField(null=True)
    serial_number = CharField(null=True)
    location = CharField(default="main bay")
    last_serviced = DateField(null=True)
    requires_induction = BooleanField(default=True)
    purchase_price = DecimalField(max_digits=8, decimal_places=2, null=True)
    guard_fitted = BooleanField(default=True)


class Induction(BaseModel):
    shedder = ForeignKeyField(Shedder, backref="inductions")
    machine = ForeignKeyField(Machine, backref="inductions")
    signed_off_by = ForeignKeyField(Shedder, backref="inductions_given")
    signed_off_on = DateField()


class Project(BaseModel):
    title = CharField()
    for_whom = CharField(null=True)
    lead = ForeignKeyField(Shedder, null=True, backref="projects_led")
    materials_cost = DecimalField(max_digits=8, decimal_places=2, default=0)
    status = CharField(default="planned")


class ToolLoan(BaseModel):
    shedder = ForeignKeyField(Shedder, backref="loans")
    tool = CharField()
    borrowed_on = DateField()
    due_back = DateField()
    returned = BooleanField(default=False)

from peewee import BooleanField, CharField, DateField, ForeignKeyField, IntegerField

from .models import BaseModel, Volunteer


class Course(BaseModel):
    title = CharField()
    mandatory = BooleanField(default=False)
    renew_every_months = IntegerField(null=True)


class CourseCompletion(BaseModel):
    volunteer = ForeignKeyField(Volunteer, backref="training")
    course = ForeignKeyField(Course)
    completed_on = DateField()
    passed = BooleanField(default=True)

"""Crowdfunding platform (peewee): creators, campaigns, backers, pledges, rewards."""

import datetime

import peewee

db = peewee.SqliteDatabase(None)


class BaseModel(peewee.Model):
    class Meta:
        database = db


class Creator(BaseModel):
    name = peewee.CharField()
    email = peewee.CharField(unique=True)
    phone = peewee.CharField(null=True)
    country = peewee.CharField(max_length=2)
    payout_iban = peewee.CharField(null=True)
    payout_sort_code = peewee.CharField(null=True)
    id_verified = peewee.BooleanField(default=False)
    date_of_birth = peewee.DateField(null=True)
    avatar = peewee.CharField(null=True)


class Campaign(BaseModel):
    owner = peewee.ForeignKeyField(Creator, backref="campaigns")
    title = peewee.CharField()
    slug = peewee.CharField(unique=True)
    description = peewee.TextField()
    goal_amount = peewee.DecimalField()
    currency = peewee.CharField(max_length=3)
    ends_at = peewee.DateTimeField()


class Reward(BaseModel):
    campaign = peewee.ForeignKeyField(Campaign, backref="rewards")
    title = peewee.CharField()
    description = peewee.TextField()
    price = peewee.DecimalField()
    limit = peewee.IntegerField(null=True)
    estimated_delivery = peewee.DateField()


class Backer(BaseModel):
    email = peewee.CharField(unique=True)
    display_name = peewee.CharField()
    hide_name = peewee.BooleanField(default=False)
    shipping_address = peewee.TextField(null=True)
    keep_me_updated = peewee.BooleanField(default=False)
    last_seen_at = peewee.DateTimeField(null=True)
    ip_address = peewee.CharField(null=True)


class Pledge(BaseModel):
    backer = peewee.ForeignKeyField(Backer, backref="pledges")
    campaign = peewee.ForeignKeyField(Campaign, backref="pledges")
    reward = peewee.ForeignKeyField(Reward, null=True)
    amount = peewee.DecimalField()
    comment = peewee.TextField(null=True)
    pledged_at = peewee.DateTimeField(default=datetime.datetime.now)
    refunded = peewee.BooleanField(default=False)

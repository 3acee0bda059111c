from enum import Enum


class GroupAudience(str, Enum):
    ADULTS = "adults"
    TEENS = "teens"
    PARENTS = "parents"
    WOMEN = "women"


class ContactChannel(str, Enum):
    EMAIL = "email"
    SMS = "sms"
    PHONE = "phone"

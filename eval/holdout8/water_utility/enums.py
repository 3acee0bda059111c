from enum import Enum


class PaymentMethod(str, Enum):
    DIRECT_DEBIT = "dd"
    CARD = "card"
    PAYMENT_CARD = "payment_card"
    WATERSURE = "watersure"


class ReadSource(str, Enum):
    ACTUAL = "A"
    ESTIMATED = "E"
    CUSTOMER = "C"
    SMART = "S"


class PriorityNeed(Enum):
    DIALYSIS = "home_dialysis"
    MOBILITY = "mobility"
    VISUAL = "blind_or_partially_sighted"
    HEARING = "deaf_or_hard_of_hearing"
    BABY_UNDER_ONE = "baby_under_12_months"

from enum import Enum


class PitchSize(str, Enum):
    CAR = "car"
    VAN = "van"
    TRAILER = "trailer"


class SellerType(str, Enum):
    PRIVATE = "private"
    TRADER = "trader"
    CHARITY = "charity"


class BookingStatus(Enum):
    RESERVED = 1
    PAID = 2
    CHECKED_IN = 3
    NO_SHOW = 4
    REFUNDED = 5

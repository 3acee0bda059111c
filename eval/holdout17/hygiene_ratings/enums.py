from enum import Enum, IntEnum


class HygieneRating(IntEnum):
    URGENT_IMPROVEMENT = 0
    MAJOR_IMPROVEMENT = 1
    IMPROVEMENT_NECESSARY = 2
    GENERALLY_SATISFACTORY = 3
    GOOD = 4
    VERY_GOOD = 5


class BusinessType(str, Enum):
    RESTAURANT = "restaurant"
    TAKEAWAY = "takeaway"
    MOBILE_CATERER = "mobile_caterer"
    HOME_CATERER = "home_caterer"
    SCHOOL_KITCHEN = "school"
    RETAILER = "retailer"

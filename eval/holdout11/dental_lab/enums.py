from enum import Enum, IntEnum


class Appliance(Enum):
    CROWN = "crown"
    BRIDGE = "bridge"
    VENEER = "veneer"
    FULL_DENTURE = "full_denture"
    PARTIAL_DENTURE = "partial_denture"
    NIGHT_GUARD = "night_guard"
    IMPLANT_ABUTMENT = "implant_abutment"


class Material(str, Enum):
    ZIRCONIA = "zirconia"
    EMAX = "lithium_disilicate"
    PFM = "porcelain_fused_metal"
    ACRYLIC = "acrylic"
    COBALT_CHROME = "cocr"


class OrderStatus(IntEnum):
    RECEIVED = 1
    DESIGN = 2
    MILLING = 3
    FINISHING = 4
    DISPATCHED = 5

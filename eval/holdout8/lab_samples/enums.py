import enum


class Matrix(str, enum.Enum):
    DRINKING_WATER = "DW"
    WASTE_WATER = "WW"
    GROUND_WATER = "GW"
    SOIL = "SO"
    SEDIMENT = "SE"


class SampleStatus(enum.Enum):
    REGISTERED = "registered"
    RECEIVED = "received"
    IN_ANALYSIS = "in_analysis"
    REPORTED = "reported"
    DISPOSED = "disposed"


class ResultFlag(str, enum.Enum):
    BELOW_LOD = "<LOD"
    ABOVE_LIMIT = "FAIL"
    QC_OUTLIER = "QC"

"""Plain containers for the DICOM attributes the archive indexes.

Values are kept as DICOM strings (DA is YYYYMMDD, AS is e.g. "045Y", PN is "FAMILY^GIVEN").
"""

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PatientModule:
    patient_name: str
    patient_id: str
    issuer_of_patient_id: str
    birth_date: str | None = None
    sex: str | None = None
    age: str | None = None
    weight_kg: float | None = None
    size_m: float | None = None
    ethnic_group: str | None = None
    other_patient_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class StudyModule:
    study_instance_uid: str
    accession_number: str
    study_date: str | None = None
    study_time: str | None = None
    study_description: str | None = None
    referring_physician_name: str | None = None
    reason_for_study: str | None = None


@dataclass(frozen=True)
class SeriesModule:
    series_instance_uid: str
    modality: str
    series_number: int | None = None
    body_part_examined: str | None = None
    protocol_name: str | None = None
    station_name: str | None = None
    operators_name: str | None = None


@dataclass
class InstanceRef:
    sop_instance_uid: str
    sop_class_uid: str
    instance_number: int
    storage_path: str
    byte_size: int
    transfer_syntax: str = "1.2.840.10008.1.2.1"


@dataclass
class IndexedStudy:
    patient: PatientModule
    study: StudyModule
    series: list[SeriesModule] = field(default_factory=list)
    instance_count: int = 0
    received_from_ae: str = ""

"""Profiles for de-identifying studies before they leave the trust for research."""

from attrs import field, frozen


@frozen
class DeidProfile:
    name: str
    keep_dates: bool = False
    shift_days: int = 0
    replace_patient_name_with: str = "ANONYMOUS"
    remove_tags: tuple[str, ...] = field(factory=tuple)
    salt_env_var: str = "DEID_SALT"


@frozen
class PseudonymMapping:
    mrn_sha256: str
    pseudo_id: str
    project_code: str
    study_count: int = 0

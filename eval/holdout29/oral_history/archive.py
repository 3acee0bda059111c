from attrs import define, field


@define
class CatalogueEntry:
    accession_number: str
    title: str
    narrator_display_name: str
    decade_covered: str
    places_mentioned: list[str] = field(factory=list)
    rights_holder: str = "Valley Local History Society"
    public: bool = False


@define(frozen=True)
class TranscriptSegment:
    interview_id: int
    start_seconds: float
    end_seconds: float
    speaker: str
    text: str
    redacted: bool = False


@define
class ExportManifest:
    batch_id: str
    created_by: str
    file_count: int
    checksum_sha256: str
    destination: str = "County Record Office"

import attr
import attrs

from .domain import Assessment, Outcome


@attr.s(auto_attribs=False, frozen=True)
class StandardScores:
    assessment_ref = attr.ib(type=str)
    verbal_comprehension = attr.ib(type=int)
    working_memory = attr.ib(type=int)
    processing_speed = attr.ib(type=int)
    phonological_awareness = attr.ib(type=int)
    single_word_reading = attr.ib(type=int)
    spelling = attr.ib(type=int)
    reading_comprehension = attr.ib(type=int)
    handwriting_speed_wpm = attr.ib(type=int, default=None)


@attrs.define
class Report:
    assessment: Assessment
    outcome: Outcome
    summary: str = attrs.field(default="")
    recommendations: list[str] = attrs.field(factory=list)
    extra_time_pct: int = attrs.field(default=0)
    reader_required: bool = attrs.field(default=False)
    signed_by: str = attrs.field(default="")
    issued_on: str | None = attrs.field(default=None)


@attrs.frozen
class ReportTemplate:
    template_name: str
    version: int
    sections: tuple[str, ...] = ("background", "cognitive", "attainment", "conclusions")

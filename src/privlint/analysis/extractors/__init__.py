"""Built-in extractors, one per framework; registered through the ``privlint_extractors`` hook.

Order does not matter for correctness (every class is recognised once, in
``_recognise.classes``, and each extractor takes only its own framework's classes).
"""

from __future__ import annotations

from privlint.analysis.extractors.attrs import AttrsExtractor
from privlint.analysis.extractors.dataclass import DataclassExtractor
from privlint.analysis.extractors.dicts import DictKeyExtractor
from privlint.analysis.extractors.django import DjangoFormExtractor, DjangoModelExtractor
from privlint.analysis.extractors.drf import DrfExtractor
from privlint.analysis.extractors.functions import ParameterExtractor
from privlint.analysis.extractors.graphql import GrapheneExtractor, StrawberryExtractor
from privlint.analysis.extractors.marshmallow import MarshmallowExtractor
from privlint.analysis.extractors.mongoengine import MongoEngineExtractor
from privlint.analysis.extractors.odoo import OdooExtractor
from privlint.analysis.extractors.ormar import OrmarExtractor
from privlint.analysis.extractors.peewee import PeeweeExtractor
from privlint.analysis.extractors.piccolo import PiccoloExtractor
from privlint.analysis.extractors.plain import PlainExtractor
from privlint.analysis.extractors.pony import PonyExtractor
from privlint.analysis.extractors.pydantic import PydanticExtractor, PydanticSettingsExtractor
from privlint.analysis.extractors.restx import RestxModelExtractor
from privlint.analysis.extractors.sqlalchemy import SqlalchemyExtractor, SqlmodelExtractor
from privlint.analysis.extractors.tortoise import TortoiseExtractor
from privlint.analysis.extractors.typeddict import NamedTupleExtractor, TypedDictExtractor
from privlint.analysis.extractors.wtforms import WtformsExtractor
from privlint.analysis.module import Extractor
from privlint.hookspecs import hookimpl

ALL_EXTRACTORS: tuple[Extractor, ...] = (
    DjangoModelExtractor(),
    DjangoFormExtractor(),
    DrfExtractor(),
    SqlalchemyExtractor(),
    SqlmodelExtractor(),
    PeeweeExtractor(),
    MongoEngineExtractor(),
    TortoiseExtractor(),
    OrmarExtractor(),
    PiccoloExtractor(),
    PonyExtractor(),
    OdooExtractor(),
    PydanticExtractor(),
    PydanticSettingsExtractor(),
    DataclassExtractor(),
    AttrsExtractor(),
    TypedDictExtractor(),
    NamedTupleExtractor(),
    MarshmallowExtractor(),
    WtformsExtractor(),
    RestxModelExtractor(),
    GrapheneExtractor(),
    StrawberryExtractor(),
    PlainExtractor(),
    DictKeyExtractor(),
    ParameterExtractor(),
)


@hookimpl
def privlint_extractors() -> list[Extractor]:
    return list(ALL_EXTRACTORS)

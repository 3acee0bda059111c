"""marshmallow schemas (``Schema``, ``Schema.from_dict``, marshmallow-sqlalchemy,
flask-marshmallow)."""

from __future__ import annotations

from collections.abc import Iterable

from privlint.analysis.extractors._common import (
    ClassExtractor,
    FieldStyle,
    assigned_calls,
    build_field,
    functional_class,
    literal_text,
    meta_fields,
)
from privlint.analysis.extractors._recognise import classes
from privlint.analysis.module import Fact, ModuleInfo

_STYLE = FieldStyle(
    relations=frozenset({"Nested", "Pluck"}),
    keyword_aliases={"attribute": "source"},
    skip_names=frozenset({"opts", "OPTIONS_CLASS", "TYPE_MAPPING"}),
)
_FROM_DICT = frozenset({"marshmallow.Schema.from_dict", "marshmallow.schema.Schema.from_dict"})


class MarshmallowExtractor(ClassExtractor):
    """``fields.Email()`` -> ("Email",); ``fields.Nested(AddressSchema)`` -> related. A
    marshmallow-sqlalchemy schema's ``Meta.model`` columns are fields too: those ``Meta.fields``
    names, or every column for an ``SQLAlchemyAutoSchema`` (the project pass types them)."""

    name = "marshmallow"
    frameworks = ("marshmallow",)
    style = _STYLE

    def extract(self, module: ModuleInfo) -> Iterable[Fact]:
        yield from super().extract(module)
        for info in classes(module):  # marshmallow-sqlalchemy: Meta.model and Meta.fields
            if info.framework in self.frameworks:
                yield from meta_fields(module, info, self.style, None)
        for name, call, stmt in assigned_calls(module, _FROM_DICT):
            yield functional_class(module, name, stmt, "marshmallow", "marshmallow.Schema")
            spec = call.args[0] if call.args else None
            for key, value in zip(
                getattr(spec, "keys", []), getattr(spec, "values", []), strict=True
            ):
                text = literal_text(key)
                if text is None:
                    continue
                yield build_field(
                    module,
                    name=text,
                    target=key,
                    stmt=key,
                    annotation=None,
                    value=value,
                    style=_STYLE,
                    framework="marshmallow",
                    owner=name,
                    owner_bases=("marshmallow.Schema",),
                )

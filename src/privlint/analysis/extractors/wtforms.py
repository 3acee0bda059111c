"""WTForms and Flask-WTF forms: ``StringField("Label", ...)``."""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class WtformsExtractor(ClassExtractor):
    """A first positional string is the field's label; buttons hold no data."""

    name = "wtforms"
    frameworks = ("wtforms",)
    style = FieldStyle(
        relations=frozenset({"FormField"}),
        positional_label="label",
        skip_calls=frozenset({"SubmitField"}),
    )

"""MongoEngine documents (``Document``, ``EmbeddedDocument``, flask-mongoengine's ``db.Document``).

``ReferenceField(User)`` (also inside ``ListField``) links a document to another, as a foreign
key does; ``EmbeddedDocumentField(Address)`` nests one, so a user's address is read as an
address record. ``meta = {...}`` is the collection's configuration and a blinker ``Signal()``
an event hook: neither is a field, and only constructor calls are.
"""

from __future__ import annotations

from privlint.analysis.extractors._common import ClassExtractor, FieldStyle


class MongoEngineExtractor(ClassExtractor):
    """Document fields; ``verbose_name``/``help_text`` keywords are metadata."""

    name = "mongoengine"
    frameworks = ("mongoengine",)
    style = FieldStyle(
        relations=frozenset(
            {
                "ReferenceField",
                "LazyReferenceField",
                "CachedReferenceField",
                "EmbeddedDocumentField",
                "EmbeddedDocumentListField",
            }
        ),
        skip_names=frozenset({"meta"}),
        skip_calls=frozenset({"Signal", "signal"}),
        skip_managers=True,
        calls_only=True,
    )

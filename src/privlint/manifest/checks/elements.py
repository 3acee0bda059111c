"""PRV004: an element key is neither in the catalogue nor declared under [elements], or an
extension does not sit under an existing parent.
"""

from __future__ import annotations

from privlint.manifest import model as m
from privlint.manifest.checks._common import Run, did_you_mean, list_span


def _unknown_element(
    run: Run, entity: m.Located, label: str, key: str, index: int | None, element: str
) -> None:
    span = list_span(entity, key, index) if index is not None else entity.at(key)
    close = did_you_mean(element, run.catalog_keys | set(run.manifest.elements))
    run.report(
        "PRV004",
        f"`{label}.{key}` names element '{element}', which is not in the element catalogue "
        f"and not declared under [elements]{close}",
        span,
        [
            ("manifest", run.ref(label, entity.span)),
            ("catalogue", f"{len(run.catalog_keys)} element keys and their parents"),
            (
                "expected",
                f'a catalogue key, or an extension [elements."{element}"] whose parent exists',
            ),
        ],
        element=element,
    )


def check_elements(run: Run) -> None:
    mf = run.manifest
    for cid, c in mf.categories.items():
        for i, element in enumerate(c.elements):
            if not run.known(element):
                _unknown_element(run, c, f"categories.{cid}", "elements", i, element)
        if c.retention is not None:
            for k, keep in enumerate(c.retention.keep):
                for i, element in enumerate(keep.elements):
                    if not run.known(element):
                        label = f"categories.{cid}.retention.keep[{k}]"
                        _unknown_element(run, keep, label, "elements", i, element)
    for b in mf.bindings:
        if not b.is_class() and b.value is not None and not run.known(b.value):
            _unknown_element(run, b, f'bindings."{b.target}"', "value", None, b.value)
    for key, decl in mf.elements.items():
        if decl.parent is None:
            continue
        label = f'elements."{key}"'
        parent_ok = (
            decl.parent in run.catalog_keys
            or decl.parent in run.catalog_prefixes
            or (decl.parent in mf.elements and decl.parent != key)
        )
        if not parent_ok:
            run.report(
                "PRV004",
                f"extension '{key}' has parent '{decl.parent}', which is neither a catalogue "
                "element nor another extension",
                decl.at("parent"),
                [
                    ("manifest", run.ref(label, decl.span)),
                    ("expected", "an existing element key as `parent`"),
                ],
                element=key,
            )
        elif not m.covers(decl.parent, key) or decl.parent == key:
            run.report(
                "PRV004",
                f"extension '{key}' must sit under its parent: its key should start with "
                f"'{decl.parent}.'",
                decl.at("parent"),
                [("manifest", run.ref(label, decl.span))],
                element=key,
            )

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from analysis_snippets import run

from privlint.analysis.extractors import ALL_EXTRACTORS, privlint_extractors
from privlint.analysis.module import ModuleInfo
from privlint.analysis.parse import (
    EMPTY_FILE_MESSAGE,
    analyse_file,
    analyse_source,
    build_module,
    module_name_for,
)
from privlint.facts import ClassFact, Span


def test_module_name_walks_up_packages(tmp_path: Path) -> None:
    crm = tmp_path / "contact_centre" / "crm"
    crm.mkdir(parents=True)
    (crm / "__init__.py").write_text("")
    (crm / "models.py").write_text("")
    assert module_name_for(crm / "models.py") == "crm.models"
    assert module_name_for(crm / "__init__.py") == "crm"
    (tmp_path / "contact_centre" / "__init__.py").write_text("")
    module_name_for.__globals__["_is_package"].cache_clear()
    assert module_name_for(crm / "models.py") == "contact_centre.crm.models"


def test_module_name_of_a_lone_script(tmp_path: Path) -> None:
    (tmp_path / "script.py").write_text("x = 1\n")
    assert module_name_for(tmp_path / "script.py") == "script"


def test_imports_resolve_relative_and_aliases() -> None:
    source = (
        "import os.path\nimport numpy as np\nfrom . import models\nfrom ..core.db import Base\n"
        "from .forms import SignupForm as Form\ndef f():\n    import requests\n"
    )
    info = build_module(source, "crm/views.py", "shop.crm.views")
    assert info.imports["os"] == "os"
    assert info.imports["np"] == "numpy"
    assert info.imports["models"] == "shop.crm.models"
    assert info.imports["Base"] == "shop.core.db.Base"
    assert info.imports["Form"] == "shop.crm.forms.SignupForm"
    assert info.imports["requests"] == "requests"


def test_relative_import_inside_a_package_init() -> None:
    info = build_module("from .models import Customer\n", "crm/__init__.py", "crm")
    assert info.imports["Customer"] == "crm.models.Customer"


def test_syntax_error_is_a_problem_with_position() -> None:
    facts = analyse_source(b"x = 1\ndef f(:\n", "bad.py", "bad", ALL_EXTRACTORS)
    (problem,) = facts.problems
    assert problem.message.startswith("SyntaxError")
    assert problem.span.line == 2
    assert problem.span.column >= 7
    assert facts.fields == ()


def test_invalid_utf8_reports_line_and_column() -> None:
    data = b"a = 1\nname = '\xe9t\xe9'\n"
    facts = analyse_source(data, "enc.py", "enc", ALL_EXTRACTORS)
    (problem,) = facts.problems
    assert "not valid UTF-8" in problem.message
    assert "offset 14" in problem.message
    assert (problem.span.line, problem.span.column) == (2, 9)


def test_latin1_coding_cookie_is_honoured() -> None:
    data = "# -*- coding: latin-1 -*-\nclass C:\n    n\xe4me: str\n".encode("latin-1")
    facts = analyse_source(data, "l1.py", "l1", ALL_EXTRACTORS)
    assert facts.problems == ()
    assert [f.name for f in facts.fields] == ["n\xe4me"]


def test_a_bad_byte_on_the_first_line_is_named_not_a_missing_declaration() -> None:
    facts = analyse_source(b'x = "\xff\xfe"\n', "b.py", "b", ALL_EXTRACTORS)
    (problem,) = facts.problems
    assert problem.message.startswith("not valid UTF-8: byte 0xff at offset 5")
    assert (problem.span.line, problem.span.column) == (1, 6)


def test_unknown_coding_cookie_is_a_problem() -> None:
    facts = analyse_source(b"# coding: klingon\nx = 1\n", "k.py", "k", ALL_EXTRACTORS)
    assert facts.problems and "cannot decode" in facts.problems[0].message


def test_bom_is_accepted() -> None:
    facts = analyse_source(b"\xef\xbb\xbfclass C:\n    email: str\n", "b.py", "b", ALL_EXTRACTORS)
    assert facts.problems == ()
    assert facts.fields[0].span == Span(2, 5, 2, 10)


def test_empty_file_is_a_note_but_empty_init_is_fine() -> None:
    facts = analyse_source(b"  \n", "empty.py", "empty", ALL_EXTRACTORS)
    assert [p.message for p in facts.problems] == [EMPTY_FILE_MESSAGE]
    assert analyse_source(b"", "pkg/__init__.py", "pkg", ALL_EXTRACTORS).problems == ()
    assert analyse_source(b"\xef\xbb\xbf", "bom.py", "bom", ALL_EXTRACTORS).problems


def test_null_byte_does_not_raise() -> None:
    facts = analyse_source(b"x = 1\x00\n", "n.py", "n", ALL_EXTRACTORS)
    assert len(facts.problems) == 1


def test_unreadable_file_is_a_problem(tmp_path: Path) -> None:
    facts = analyse_file(tmp_path, "somedir.py", ALL_EXTRACTORS)
    assert facts.problems[0].message.startswith("cannot read")
    facts = analyse_source(b"", "x.py", "x", (), read_error="Permission denied")
    assert facts.problems[0].message == "cannot read: Permission denied"


def test_analyse_file_reads_and_names(tmp_path: Path) -> None:
    target = tmp_path / "mod.py"
    target.write_bytes(b"class C:\n    email: str\n")
    facts = analyse_file(target, "mod.py", ALL_EXTRACTORS)
    assert facts.module == "mod"
    assert facts.digest == hashlib.sha256(target.read_bytes()).hexdigest()
    assert facts.fields[0].symbol == "mod.C.email"


class _Broken:
    name = "broken"

    def extract(self, module: ModuleInfo) -> list[ClassFact]:
        raise RuntimeError("boom")


class _Odd:
    name = "odd"

    def extract(self, module: ModuleInfo) -> Iterator[str]:
        yield "not a fact"


def test_failing_extractor_does_not_lose_the_file() -> None:
    extractors = (_Broken(), *ALL_EXTRACTORS, _Odd())
    facts = analyse_source(b"class C:\n    email: str\n", "a.py", "a", extractors)
    messages = [p.message for p in facts.problems]
    assert any("'broken' failed" in m and "boom" in m for m in messages)
    assert any("'odd' produced a str" in m for m in messages)
    assert [f.name for f in facts.fields] == ["email"]


def test_facts_are_sorted_by_position_and_unique() -> None:
    class Twice:
        name = "twice"

        def extract(self, module: ModuleInfo) -> list[ClassFact]:
            later = ClassFact("B", "a.B", "x", (), Span(5, 1, 5, 2))
            earlier = ClassFact("A", "a.A", "x", (), Span(2, 1, 2, 2))
            return [later, earlier, later]

    facts = analyse_source(b"x = 1\n", "a.py", "a", (Twice(),))
    assert [c.name for c in facts.classes] == ["A", "B"]


def test_hook_returns_every_extractor_with_distinct_names() -> None:
    names = [e.name for e in privlint_extractors()]
    assert len(names) == len(set(names)) == len(ALL_EXTRACTORS)
    assert {"django", "sqlalchemy", "pydantic", "plain", "dict", "function"} <= set(names)


def test_facts_pickle_round_trip() -> None:
    import pickle

    facts = run("class C:\n    email: str  # privlint: not-personal\n")
    assert pickle.loads(pickle.dumps(facts)) == facts


def test_columns_count_characters_not_utf8_bytes() -> None:
    lines = [
        "class Kunde:",
        '    """Größe."""',
        '    name = "é"; email: str = "ü"',
        "",
        "def f(k):",
        '    x = "😀"; print(k.email)',
    ]
    from privlint.plugins import registry

    facts = analyse_source("\n".join(lines).encode(), "u.py", "u", registry().extractors)
    email = next(f for f in facts.fields if f.name == "email")
    assert email.span.column == lines[2].index("email") + 1
    assert email.span.end_column == lines[2].index("email") + len("email") + 1
    call = next(c for c in facts.calls if c.callee == "print")
    assert call.span.column == lines[5].index("print") + 1

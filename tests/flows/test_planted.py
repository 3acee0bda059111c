"""The planted flow defects fire exactly where flows/EXPECTED.md says, and nowhere else."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PLANTED = ROOT / "examples" / "planted_defects"


def expected() -> set[tuple[str, str, int]]:
    text = (PLANTED / "flows" / "EXPECTED.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (PRV\d{3}) \| ([\w/.]+):(\d+) \|", text, re.MULTILINE)
    assert rows
    return {(code, path, int(line)) for code, path, line in rows}


def test_planted_flow_defects() -> None:
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "privlint",
            "check",
            "examples/planted_defects",
            "--select",
            "PRV2,PRV3,PRV4,PRV5",
            "--format",
            "json",
            "--no-cache",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.stdout, proc.stderr
    found = {
        (f["code"], f["path"].split("planted_defects/", 1)[-1], f["line"])
        for f in json.loads(proc.stdout)["findings"]
    }
    # one row may stand for two findings on one line (PRV302 promo_banner: consent and Max-Age)
    assert found == expected()


def test_every_planted_marker_is_listed() -> None:
    marked = set()
    for path in [*sorted((PLANTED / "flows").glob("*.py")), PLANTED / "privacy.toml"]:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for code in re.findall(r"planted: (PRV[2-5]\d\d)", line):
                marked.add((code, path.relative_to(PLANTED).as_posix(), number))
    assert marked == expected()

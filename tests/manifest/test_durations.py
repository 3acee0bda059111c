"""ISO 8601 durations used for retention periods, cookie expiry and the rights SLA."""

from __future__ import annotations

import pytest

from privlint.manifest.durations import parse_duration, try_duration


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("P1Y", {"years": 1}),
        ("P6M", {"months": 6}),
        ("P1Y6M", {"years": 1, "months": 6}),
        ("P2W", {"weeks": 2}),
        ("PT12H", {"hours": 12}),
        ("P1DT2H", {"days": 1, "hours": 2}),
        ("PT30M", {"minutes": 30}),
        ("P30D", {"days": 30}),
    ],
)
def test_valid(text: str, fields: dict[str, int]) -> None:
    duration = parse_duration(text)
    assert duration.text == text
    for name in ("years", "months", "weeks", "days", "hours", "minutes", "seconds"):
        assert getattr(duration, name) == fields.get(name, 0)


@pytest.mark.parametrize("text", ["6 years", "P", "PT", "P1H", "1Y", "P-1Y", "P1.5Y", "", "p1y"])
def test_invalid(text: str) -> None:
    with pytest.raises(ValueError, match="expected an ISO 8601 duration such as P6Y or P6M"):
        parse_duration(text)
    assert try_duration(text) is None


def test_message_quotes_the_input() -> None:
    with pytest.raises(ValueError) as info:
        parse_duration("6 years")
    assert str(info.value) == "expected an ISO 8601 duration such as P6Y or P6M, got '6 years'"


def test_non_string() -> None:
    with pytest.raises(ValueError, match="got int 6"):
        parse_duration(6)


def test_ordering_by_length() -> None:
    assert parse_duration("P13M").approx_days() < parse_duration("P2Y").approx_days()
    assert parse_duration("P30D").approx_days() < parse_duration("P1M").approx_days()

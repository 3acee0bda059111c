from __future__ import annotations

import pytest

from privlint.words import is_constant_name, normalise, split_words


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("remoteAddress", ("remote", "address")),
        ("HTTPRequest", ("http", "request")),
        ("dob2", ("dob",)),
        ("email_address", ("email", "address")),
        ("EmailAddress", ("email", "address")),
        ("userID", ("user", "id")),
        ("getUserName", ("user", "name")),
        ("set_password", ("password",)),
        ("get", ("get",)),
        ("ipv4Address", ("ipv4", "address")),
        ("address_line1", ("address", "line")),
        ("card_last4", ("card", "last4")),
        ("first-name", ("first", "name")),
        ("data.user.email", ("data", "user", "email")),
        ("Email Address", ("email", "address")),
        ("__email__", ("email",)),
        ("usage", ("usage",)),
        ("megaphone", ("megaphone",)),
        ("", ()),
    ],
)
def test_split_words(name: str, words: tuple[str, ...]) -> None:
    assert split_words(name) == words


def test_accessor_prefix_can_be_kept() -> None:
    assert split_words("get_email", drop_accessor=False) == ("get", "email")


def test_normalise_joins_with_spaces() -> None:
    assert normalise("customerEmail") == "customer email"


@pytest.mark.parametrize(
    ("name", "constant"),
    [("EMAIL_FIELD", True), ("MAX_AGE", True), ("email", False), ("Email", False), ("X", False)],
)
def test_constant_names(name: str, constant: bool) -> None:
    assert is_constant_name(name) is constant

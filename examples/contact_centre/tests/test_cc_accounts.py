"""Accounts: password hashing and login, without personal data in the logs."""

from __future__ import annotations

import logging

from contact_centre.accounts.service import authenticate, hash_password, verify_password


def test_password_hash_round_trip_and_salt() -> None:
    stored = hash_password("s3cret phrase")
    assert stored.startswith("scrypt$")
    assert "s3cret" not in stored
    assert verify_password("s3cret phrase", stored)
    assert not verify_password("wrong", stored)
    assert hash_password("s3cret phrase") != stored  # a fresh salt each time
    assert not verify_password("x", "md5$abc$def")


def test_login_records_last_login(db, seed, clock) -> None:
    seeded = seed(password="pass phrase 1")
    clock.advance(hours=2)
    account = authenticate(db, seeded.account.username, "pass phrase 1", clock=clock)
    assert account is not None
    assert account.last_login_at == clock.now


def test_failed_login_logs_no_username(db, seed, clock, caplog) -> None:
    seeded = seed()
    with caplog.at_level(logging.INFO):
        assert authenticate(db, seeded.account.username, "nope", clock=clock) is None
        assert authenticate(db, "nobody-here", "nope", clock=clock) is None
    text = caplog.text
    assert "login failed" in text
    assert seeded.account.username not in text
    assert "nobody-here" not in text

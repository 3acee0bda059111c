"""Creating accounts and checking passwords.

Passwords are hashed with scrypt from the standard library; only the hash is stored, and
neither the password nor the username ever reaches a log line.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from contact_centre.accounts.models import Account
from contact_centre.clock import Clock, utcnow

log = logging.getLogger(__name__)

_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


def hash_password(password: str, *, salt: bytes | None = None) -> str:
    """``scrypt$<salt>$<digest>``, both base64; a fresh random salt unless one is given."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison of ``password`` against a stored hash."""
    try:
        scheme, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest_b64)
    actual = hashlib.scrypt(password.encode(), salt=base64.b64decode(salt_b64), **_SCRYPT)
    return hmac.compare_digest(expected, actual)


def create_account(
    session: Session,
    *,
    customer_id: int,
    full_name: str,
    username: str,
    email: str,
    password: str,
    clock: Clock = utcnow,
) -> Account:
    """Open an account for a customer's user."""
    account = Account(
        customer_id=customer_id,
        full_name=full_name,
        username=username,
        email=email,
        password_hash=hash_password(password),
        created_at=clock(),
    )
    session.add(account)
    session.flush()
    log.info("account %s created for customer %s", account.id, customer_id)
    return account


def authenticate(
    session: Session, username: str, password: str, *, clock: Clock = utcnow
) -> Account | None:
    """The account if the credentials match, else None. Records the login time on success."""
    account = session.scalars(select(Account).where(Account.username == username)).first()
    if account is None or not verify_password(password, account.password_hash):
        # Log that a login failed, not who tried: the username is personal data.
        log.info("login failed")
        return None
    account.last_login_at = clock()
    log.info("login succeeded for account %s", account.id)
    return account

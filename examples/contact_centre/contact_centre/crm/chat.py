"""The web-chat back end (processor activity for the tenant whose website hosts the widget)."""

from __future__ import annotations

import logging
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from contact_centre.clock import Clock, utcnow
from contact_centre.crm.models import ChatMessage, ChatSession

log = logging.getLogger(__name__)


def post_chat_message(
    session: Session,
    *,
    tenant_id: int,
    body: str,
    ip_address: str,
    chat_cookie: str | None,
    clock: Clock = utcnow,
) -> ChatSession:
    """Add a message to the visitor's chat, starting one if the cookie names none.

    The IP address is recorded for the tenant (abuse handling, as the notice says); the chat
    cookie holds only a random identifier.
    """
    chat = None
    if chat_cookie:
        chat = session.scalars(
            select(ChatSession).where(
                ChatSession.chat_cookie == chat_cookie, ChatSession.tenant_id == tenant_id
            )
        ).first()
    if chat is None:
        chat = ChatSession(
            tenant_id=tenant_id,
            chat_cookie=secrets.token_urlsafe(24),
            ip_address=ip_address,
            started_at=clock(),
        )
        session.add(chat)
    chat.messages.append(ChatMessage(body=body, sent_at=clock()))
    session.flush()
    log.info("chat %s: message for tenant %s", chat.id, tenant_id)
    return chat

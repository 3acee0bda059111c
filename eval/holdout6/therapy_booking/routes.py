from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, status

from .schemas import ClientCreate, ClientOut, SessionBookingIn
from .settings import settings

router = APIRouter(prefix="/clients", tags=["clients"])


async def get_repo() -> Any:  # pragma: no cover - wired by the app factory
    raise NotImplementedError


Repo = Annotated[Any, Depends(get_repo)]


@router.post("", response_model=ClientOut, status_code=status.HTTP_201_CREATED)
async def create_client(body: ClientCreate, repo: Repo):
    if await repo.email_taken(body.email):
        raise HTTPException(status.HTTP_409_CONFLICT, "An account already uses that e-mail.")
    return await repo.add_client(body)


@router.post("/{client_id}/sessions", status_code=status.HTTP_201_CREATED)
async def book_session(client_id: str, body: SessionBookingIn, repo: Repo):
    slot = await repo.book(body, minutes=settings.session_length_minutes)
    return {"session_id": str(slot.id)}

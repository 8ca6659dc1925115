"""Who may see what: `require(role)` is the dependency every page route takes.

Anonymous: a page answers 302 to /login (with where to come back), an `/api/` route 401. Logged in
without the role: 403. Whether a particular group buy is the person's own is the page's question
(`Principal.owns`): another organiser's is answered 404, as one that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request

from bot.console.sessions import principal
from commerce.domain.console import Principal, Role


class LoginRequired(Exception):
    """Nobody is logged in: the app answers 302 to /login, or 401 for the API."""


class Forbidden(Exception):
    """Logged in, but the role does not reach this page: 403."""


class NotesForAdmins(Forbidden):
    """An organiser on the moderation pages: 403 saying only admins review notes (as the chat's
    `待审笔记` refuses her): who reported a note and the hidden notes are the admins' to see."""


class NotFoundHere(Exception):
    """Not there, or not the person's to see (another organiser's): 404 either way."""


def require(role: Role, refused: type[Forbidden] = Forbidden) -> Callable[[Request], Principal]:
    """A dependency giving the logged-in person, who must have at least `role` (else `refused`)."""

    def dependency(request: Request) -> Principal:
        who = principal(request)
        if who is None:
            raise LoginRequired()
        if not who.at_least(role):
            raise refused()
        return who

    dependency.__name__ = f"require_{role.value}"
    return dependency


# What a route takes, e.g. `async def page(request: Request, who: Organiser) -> Response`.
Admin = Annotated[Principal, Depends(require(Role.ADMIN))]
Organiser = Annotated[Principal, Depends(require(Role.ORGANISER))]
Moderator = Annotated[Principal, Depends(require(Role.ADMIN, NotesForAdmins))]
Helper = Annotated[Principal, Depends(require(Role.HELPER))]

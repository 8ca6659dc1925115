"""Typed domain errors that carry what the user must be told.

A `DomainError` has a stable `code` (the key of a message in the chat layer's catalogs) and the
`params` that message needs. The domain never formats user text itself: the chat layer does, in the
member's language.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A rule said no. Nothing was changed; `code` names the rule, `params` fill the message."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params: dict[str, Any] = params

    def __str__(self) -> str:
        details = ", ".join(f"{k}={v!r}" for k, v in self.params.items())
        return f"{self.code}({details})"


class NotFound(DomainError):
    """The thing named does not exist (or is not visible here)."""


class TransitionNotAllowed(DomainError):
    """A state change that the transition table does not allow."""

"""Forms: every POST carries the session's CSRF token (`csrf`), checked before the route runs.

`form = Depends(csrf_form)` gives the fields (URL-encoded, as a browser posts a form; one value per
name); a missing or wrong token is `CsrfRefused`, answered 403 with a page saying what to do.
"""

from __future__ import annotations

import hmac
from typing import Annotated
from urllib.parse import parse_qsl

from fastapi import Depends, Request

MAX_FORM_BYTES = 64 * 1024

Form = dict[str, str]


class CsrfRefused(Exception):
    """The form's CSRF token is missing or not this session's."""


class FormTooLarge(Exception):
    """A form body over MAX_FORM_BYTES."""


async def read_form(request: Request) -> Form:
    body = await request.body()
    if len(body) > MAX_FORM_BYTES:
        raise FormTooLarge()
    try:
        text = body.decode()
    except UnicodeDecodeError:
        return {}
    try:
        return dict(parse_qsl(text, keep_blank_values=True, max_num_fields=100))
    except ValueError:  # more fields than any console form has
        return {}


async def csrf_form(request: Request) -> Form:
    """The posted fields, once the CSRF token proved the form came from this session's page."""
    form = await read_form(request)
    expected = str(request.state.session["csrf"])  # checking it starts no session (csrf_token would)
    if not hmac.compare_digest(form.get("csrf", "").encode(), expected.encode()):
        raise CsrfRefused()
    return form


# A POST route's fields, CSRF-checked: `async def change(request: Request, who: Organiser, form: CsrfForm)`.
CsrfForm = Annotated[Form, Depends(csrf_form)]

"""The `Allow` header of a 405 from a Starlette app (the console, its API, the playground): every method
some route at that path takes. Starlette's own names only the first route it found at the path, so
`PUT /login` was told `Allow: GET` though the form posts there."""

from __future__ import annotations

from collections.abc import Mapping

from starlette.requests import Request
from starlette.routing import Match, Mount

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allow_header(request: Request, given: Mapping[str, str] | None) -> dict[str, str]:
    """`given` (an HTTPException's headers) with its Allow naming every method the path takes."""
    routes = [route for route in request.app.router.routes if not isinstance(route, Mount)]
    methods = [
        method
        for method in METHODS
        if any(route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes)
    ]
    if not given or "Allow" not in given or not methods:
        return dict(given or {})
    return {**given, "Allow": ", ".join(methods)}

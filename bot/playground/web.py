"""The playground's web face: a chat page and the JSON API behind it (FastAPI).

Anyone who can reach it can speak as anyone, so it listens on 127.0.0.1 unless told otherwise and says
so on the page. Validation errors come back as one human sentence in `error` (with pydantic's details
beside it), malformed JSON as 400, refusals from the hub with their own status.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Annotated, Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from bot.clock import SystemClock
from bot.playground.hub import Hub, PlaygroundError
from handlers.buttons import MAX_BYTES

STATIC = Path(__file__).parent / "static"
NAME_PATTERN = r"^[\w][\w .\-]*$"


def _lower(value: str) -> str:
    return value.lower()


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _short_data(value: str) -> str:
    if len(value.encode()) > MAX_BYTES:
        raise ValueError(f"button data is at most {MAX_BYTES} bytes")
    return value


Name = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=32, pattern=NAME_PATTERN),
    AfterValidator(_lower),
]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MessageIn(_Body):
    chat: Name
    user: Name
    text: Annotated[str, StringConstraints(min_length=1, max_length=4096), AfterValidator(_not_blank)]
    update_id: int | None = Field(default=None, ge=0)


class TapIn(_Body):
    chat: Name
    user: Name
    message_id: int = Field(ge=1)
    data: Annotated[str, StringConstraints(min_length=1), AfterValidator(_short_data)]
    update_id: int | None = Field(default=None, ge=0)


class ChatIn(_Body):
    name: Name


class ClockIn(_Body):
    advance_seconds: float = Field(gt=0, le=366 * 86400)


def _human(errors: list[Any]) -> tuple[int, str]:
    """One sentence for a person (and the status): what is wrong with the body."""
    parts: list[str] = []
    for error in errors:
        kind = error.get("type", "")
        field = ".".join(str(p) for p in error.get("loc", ()) if p != "body")
        if kind == "json_invalid":
            return 400, "the request body is not valid JSON"
        if not field and kind in ("model_attributes_type", "dict_type", "missing"):
            return 400, "the request body must be a JSON object"
        if kind == "missing":
            parts.append(f"{field} is required")
        elif kind == "extra_forbidden":
            parts.append(f"{field} is not a field of this request")
        elif kind == "string_pattern_mismatch":
            parts.append(f"{field} may hold only letters, digits, spaces, '.', '-' and '_'")
        else:
            message = str(error.get("msg", "is invalid")).removeprefix("Value error, ")
            parts.append(f"{field}: {message}")
    return 422, "; ".join(parts) or "the request is invalid"


def _sse(event: dict[str, Any] | None) -> str:
    if event is None:
        return ": keep-alive\n\n"
    return f"data: {json.dumps(event, ensure_ascii=False)}\n\n"


def create_app(*, hub: Hub, clock: SystemClock, clock_changed: Callable[[], None]) -> FastAPI:
    """The FastAPI app over a started hub. `clock_changed` runs after `POST /api/clock` moved the clock."""
    app = FastAPI(
        title="Tuan playground", docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json"
    )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        status, message = _human(list(exc.errors()))
        details = json.loads(json.dumps(list(exc.errors()), default=str))
        return JSONResponse({"error": message, "details": details}, status_code=status)

    @app.exception_handler(PlaygroundError)
    async def _refused(_: Request, exc: PlaygroundError) -> JSONResponse:
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(Exception)
    async def _failed(_: Request, exc: Exception) -> JSONResponse:  # logged by the server as well
        return JSONResponse(
            {"error": "Tuan failed on this request; the server log says why"}, status_code=500
        )

    @app.get("/", include_in_schema=False)
    async def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"cache-control": "no-store"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/api/health")
    async def health() -> dict[str, bool]:
        return {"ok": True}

    @app.get("/api/users")
    async def users() -> dict[str, Any]:
        return {"users": await hub.users()}

    @app.get("/api/chats")
    async def chats() -> dict[str, Any]:
        return {"chats": [{"name": c.name, "kind": c.kind} for c in await hub.chats()]}

    @app.post("/api/chats", status_code=201)
    async def add_chat(body: ChatIn) -> dict[str, Any]:
        chat = await hub.add_group(body.name)
        return {"name": chat.name, "kind": chat.kind}

    @app.get("/api/chats/{chat}/messages")
    async def messages(chat: str) -> dict[str, Any]:
        name = chat.strip().lower()
        return {"chat": name, "messages": [m.to_json() for m in await hub.messages(name)]}

    @app.post("/api/messages")
    async def say(body: MessageIn) -> dict[str, Any]:
        return await hub.say(chat=body.chat, user=body.user, text=body.text, update_id=body.update_id)

    @app.post("/api/buttons")
    async def tap(body: TapIn) -> dict[str, Any]:
        return await hub.tap(
            chat=body.chat,
            user=body.user,
            message_id=body.message_id,
            data=body.data,
            update_id=body.update_id,
        )

    @app.get("/api/events")
    async def events() -> StreamingResponse:
        async def stream() -> AsyncIterator[str]:
            yield "retry: 1000\n\n"
            async for event in hub.listen():
                yield _sse(event)

        return StreamingResponse(
            stream(), media_type="text/event-stream", headers={"cache-control": "no-store"}
        )

    @app.get("/api/clock")
    async def read_clock() -> dict[str, Any]:
        return {"now": clock.now().isoformat(), "offset_seconds": clock.offset.total_seconds()}

    @app.post("/api/clock")
    async def move_clock(body: ClockIn) -> dict[str, Any]:
        """Playground only: move Tuan's clock forward so deadlines pass without waiting."""
        clock.advance(body.advance_seconds)
        clock_changed()
        return await read_clock()

    return app

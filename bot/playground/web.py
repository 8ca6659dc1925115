"""The playground's web face: a chat page and the JSON API behind it (FastAPI).

Anyone who can reach it can speak as anyone, so it listens on 127.0.0.1 unless told otherwise and says
so on the page. Every field is checked before the hub sees it (ids are whole numbers a row can have,
strings are bounded and storable, booleans are not numbers), so a bad body is one human sentence in
`error` naming the field and what it may be (with pydantic's details beside it), never a 500: 422 for
a wrong field, 400 for malformed JSON, 413 for a body too large, refusals from the hub with their own
status.

A message may carry an image (a photo card's photo): `POST /api/messages` as multipart/form-data, the
JSON body's fields as form fields and the image as the file part `image` (bot/playground/images.py;
the body may then be `MAX_IMAGE_BYTES` larger); an image that is not a PNG, JPEG, WebP or GIF by its
bytes, or is too large, is a 422 saying so.
"""

from __future__ import annotations

import json
import math
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, Strict, StringConstraints, ValidationError
from starlette.exceptions import HTTPException
from starlette.routing import Match, Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from bot.allow import allow_header
from bot.clock import SystemClock
from bot.health import HEADERS, PATH, Health
from bot.playground import images
from bot.playground.hub import Hub, PlaygroundError
from handlers.app import Unanswered
from handlers.buttons import MAX_BYTES
from storage.tables import MAX_ROW_ID

STATIC = Path(__file__).parent / "static"
NAME_PATTERN = r"^[\w][\w .\-]*$"
MAX_NAME = 32
MAX_TEXT = 4096  # what Telegram accepts in one message
MAX_BODY_BYTES = 64 * 1024  # the longest text, every character escaped, fits with room to spare
IMAGE_PATHS = frozenset({"/api/messages"})  # where a multipart body may carry an image
MAX_ADVANCE_SECONDS = 366 * 86400
MAX_CLOCK_OFFSET_SECONDS = 10 * 366 * 86400  # far enough for any deadline, far from datetime's end
SHOWN = 60  # characters of a caller's field name repeated back

NAME_RULE = f"1 to {MAX_NAME} letters, digits, spaces, '.', '-' or '_', starting with a letter or digit"
ID_RULE = f"a whole number from 1 to {MAX_ROW_ID}"
# what each field may be, said when it is anything else
RULES = {
    "chat": NAME_RULE,
    "user": NAME_RULE,
    "name": NAME_RULE,
    "text": f"1 to {MAX_TEXT} characters of text",
    "data": f"1 to {MAX_BYTES} bytes of text",
    "update_id": ID_RULE,
    "message_id": ID_RULE,
    "advance_seconds": f"a number of seconds above 0 and at most {MAX_ADVANCE_SECONDS} (366 days)",
}


def _lower(value: str) -> str:
    return value.lower()


def _storable(value: str) -> str:
    """Text the database and the page can hold: no lone surrogate (JSON's "\\ud800"), no NUL."""
    try:
        value.encode()
    except UnicodeEncodeError:
        raise ValueError("must be valid Unicode text (it holds a lone surrogate)") from None
    if "\x00" in value:
        raise ValueError("must not hold NUL characters")
    return value


def _not_blank(value: str) -> str:
    if not value.strip():
        raise ValueError("must not be blank")
    return value


def _short_data(value: str) -> str:
    if len(value.encode()) > MAX_BYTES:
        raise ValueError(f"must be at most {MAX_BYTES} bytes")
    return value


Name = Annotated[
    str,
    Strict(),
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME, pattern=NAME_PATTERN),
    AfterValidator(_lower),
]
# a member's name as typed (`阿May`): her id is it lowercased (`Hub.say`), while the bubbles and the bot's
# messages show it as she spells it (rep85 #8)
Spelled = Annotated[
    str,
    Strict(),
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_NAME, pattern=NAME_PATTERN),
]
Text = Annotated[
    str,
    Strict(),
    StringConstraints(min_length=1, max_length=MAX_TEXT),
    AfterValidator(_storable),
    AfterValidator(_not_blank),
]
Data = Annotated[
    str, Strict(), StringConstraints(min_length=1), AfterValidator(_storable), AfterValidator(_short_data)
]
# a row's id (storage.tables.is_row_id); strict: `true`, `1.5`, `"7"`, NaN and 1e309 are not ids
RowId = Annotated[int, Strict(), Field(ge=1, le=MAX_ROW_ID)]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class MessageIn(_Body):
    chat: Name
    user: Spelled
    text: Text
    update_id: RowId | None = None


class ImageMessageIn(_Body):
    """The fields of a message with an image (multipart/form-data): its `text` is the image's caption,
    and may be empty (an image alone is chatter)."""

    chat: Name
    user: Spelled
    text: Annotated[str, Strict(), StringConstraints(max_length=MAX_TEXT), AfterValidator(_storable)] = ""
    update_id: RowId | None = None


class TapIn(_Body):
    chat: Name
    user: Spelled
    message_id: RowId
    data: Data
    update_id: RowId | None = None


class ChatIn(_Body):
    name: Name


class ClockIn(_Body):
    advance_seconds: Annotated[float, Strict(), Field(gt=0, le=MAX_ADVANCE_SECONDS, allow_inf_nan=False)]


def _shown(value: object, limit: int = SHOWN) -> str:
    """A caller's string as we may repeat it: short, and encodable even if it holds a lone surrogate."""
    text = str(value)
    text = text if len(text) <= limit else text[:limit] + "…"
    return text.encode("utf-8", "backslashreplace").decode()


def _reason(error: Any) -> str:
    """One error as a person reads it: the field, and what it may be."""
    kind = error.get("type", "")
    loc = tuple(error.get("loc") or ("body",))
    field = ".".join(_shown(p) for p in loc if p not in ("body", "path")) or "the request body"
    if kind == "missing":
        return f"{field} is required"
    if kind == "extra_forbidden":
        return f"{field} is not a field of this request"
    if kind == "value_error":
        return f"{field} {_shown(error.get('ctx', {}).get('error', 'is invalid'), 200)}"
    if kind == "string_unicode":
        return f"{field} must be valid Unicode text (it holds a lone surrogate)"
    rule = RULES.get(str(loc[-1]))
    return f"{field} must be {rule}" if rule else f"{field} is invalid"


def _human(errors: list[Any]) -> tuple[int, str]:
    """One sentence for a person (and the status): what is wrong with the body."""
    for error in errors:
        kind = error.get("type", "")
        loc = tuple(error.get("loc", ()))
        if kind == "json_invalid":
            return 400, "the request body is not valid JSON"
        if loc == ("body",) and kind in ("model_attributes_type", "dict_type", "missing"):
            return 400, "the request body must be a JSON object (content-type: application/json)"
    return 422, "; ".join(_reason(error) for error in errors) or "the request is invalid"


def _details(errors: list[Any]) -> list[dict[str, Any]]:
    """pydantic's errors without the input they echo (it may be huge, NaN, or not encodable)."""
    return [
        {
            "type": _shown(e.get("type", "")),
            "loc": [p if isinstance(p, int) else _shown(p) for p in e.get("loc", ())],
            "msg": _shown(e.get("msg", ""), 200),
        }
        for e in errors
    ]


class BodyLimit:
    """Refuse a body over `limit` bytes with 413 before it is read into memory (declared or streamed);
    a multipart body to one of `IMAGE_PATHS` (a message with an image) may be `with_image` bytes."""

    def __init__(
        self,
        app: ASGIApp,
        limit: int = MAX_BODY_BYTES,
        with_image: int = MAX_BODY_BYTES + images.MAX_IMAGE_BYTES,
    ) -> None:
        self.app = app
        self.limit = limit
        self.with_image = with_image

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or ())
        limit = self.limit
        if scope.get("path") in IMAGE_PATHS and images.is_multipart(_content_type(scope)):
            limit = self.with_image
        declared = headers.get(b"content-length", b"")
        if declared.isdigit() and int(declared) > limit:
            await self._refuse(limit)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > limit:
                raise HTTPException(413, self._too_large(limit))
            return message

        await self.app(scope, counted, send)

    @staticmethod
    def _too_large(limit: int) -> str:
        return f"the request body is larger than {limit} bytes"

    def _refuse(self, limit: int) -> JSONResponse:
        return JSONResponse({"error": self._too_large(limit)}, status_code=413)


def _content_type(scope: Scope) -> str:
    return str(dict(scope.get("headers") or ()).get(b"content-type", b"").decode("latin-1"))


class _FormRoute(Route):
    """A route for a multipart/form-data body only (a message with an image): any other body goes on to
    the JSON route on the same path."""

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        match, child = super().matches(scope)
        if match is not Match.NONE and not images.is_multipart(_content_type(scope)):
            return Match.NONE, {}
        return match, child


def _form_fields(parts: list[images.Part]) -> tuple[dict[str, Any], bytes | None]:
    """The form's fields (as the JSON body would hold them: `update_id` a number) and the image's bytes."""
    fields: dict[str, Any] = {}
    picture: bytes | None = None
    for part in parts:
        if part.name in fields or (part.name == "image" and picture is not None):
            raise PlaygroundError(422, f"{_shown(part.name)} is sent twice")
        if part.name == "image":
            picture = part.content
            continue
        try:
            value = part.content.decode()
        except UnicodeDecodeError:
            raise PlaygroundError(422, f"{_shown(part.name)} must be UTF-8 text") from None
        number = part.name == "update_id" and value.isascii() and value.isdigit()
        fields[part.name] = int(value) if number else value
    return fields, picture


def _sse(event: dict[str, Any] | None) -> str:
    if event is None:
        return ": keep-alive\n\n"
    return f"data: {json.dumps(event, ensure_ascii=False)}\n\n"


def create_app(
    *,
    hub: Hub,
    clock: SystemClock,
    clock_changed: Callable[[], None],
    health: Callable[[], Awaitable[Health]] | None = None,
) -> FastAPI:
    """The FastAPI app over a started hub. `clock_changed` runs after `POST /api/clock` moved the clock;
    `health` (bot.health) answers `GET /healthz` when given."""
    app = FastAPI(
        title="Tuan playground", docs_url="/api/docs", redoc_url=None, openapi_url="/api/openapi.json"
    )

    app.add_middleware(BodyLimit)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        status, message = _human(list(exc.errors()))
        return JSONResponse({"error": message, "details": _details(list(exc.errors()))}, status_code=status)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        message = {
            400: "the request body is not valid JSON",
            404: f"there is no {request.method} {_shown(request.url.path)} here",
            405: f"{request.method} is not allowed on {_shown(request.url.path)}",
        }.get(exc.status_code, str(exc.detail))
        return JSONResponse(
            {"error": message}, status_code=exc.status_code, headers=allow_header(request, exc.headers)
        )

    @app.exception_handler(PlaygroundError)
    async def _refused(_: Request, exc: PlaygroundError) -> JSONResponse:
        return JSONResponse({"error": exc.message}, status_code=exc.status)

    @app.exception_handler(Unanswered)
    async def _unanswered(_: Request, exc: Unanswered) -> JSONResponse:
        return JSONResponse(
            {"error": "the database cannot be reached: nothing was changed; send it again in a moment"},
            status_code=503,
        )

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
    async def alive() -> dict[str, bool]:
        return {"ok": True}

    if health is not None:
        check = health

        @app.api_route(PATH, methods=["GET", "HEAD"], include_in_schema=False)  # HEAD: what monitors send
        async def healthz() -> JSONResponse:
            found = await check()
            return JSONResponse(found.as_json(), status_code=found.status_code, headers=HEADERS)

    @app.get("/api/users")
    async def users() -> dict[str, Any]:
        return {"users": await hub.users()}

    @app.get("/api/chats")
    async def chats() -> dict[str, Any]:
        return {"chats": [{"name": c.name, "kind": c.kind} for c in await hub.chats()]}

    @app.post("/api/chats", status_code=201)
    async def add_chat(body: ChatIn, response: Response) -> dict[str, Any]:
        """A group chat: 201 when made now, 200 when one of that name was there (nothing changed)."""
        chat, created = await hub.add_group(body.name)
        if not created:
            response.status_code = 200
        return {"name": chat.name, "kind": chat.kind}

    @app.get("/api/chats/{chat}/messages")
    async def messages(chat: Annotated[Name, PathParam()]) -> dict[str, Any]:
        return {"chat": chat, "messages": [m.to_json() for m in await hub.messages(chat)]}

    @app.get("/files/{token}/{filename}")
    async def download(
        token: Annotated[str, PathParam(max_length=64)], filename: Annotated[str, PathParam(max_length=255)]
    ) -> Response:
        """A file the bot sent (/export) or an image a member attached: the link in its message, valid as
        long as the transcript. An image is shown where it is opened; its type is what its bytes are."""
        found = await hub.file(token, filename)
        shown = "inline" if found.mime.startswith("image/") else "attachment"
        disposition = f"{shown}; filename*=UTF-8''{quote(found.filename)}"
        return Response(
            found.content,
            media_type=found.mime,
            headers={
                "content-disposition": disposition,
                "cache-control": "no-store",
                "x-content-type-options": "nosniff",
            },
        )

    async def say_with_image(request: Request) -> JSONResponse:
        """`POST /api/messages` as multipart/form-data: a message with an image (its caption the text)."""
        try:
            parts = images.parse_form(_content_type(request.scope), await request.body())
        except images.BadForm as exc:
            raise PlaygroundError(400, f"the request body is not a readable multipart form: {exc}") from exc
        fields, picture = _form_fields(parts)
        try:
            body = ImageMessageIn.model_validate(fields)
        except ValidationError as exc:
            errors = [{**error, "loc": ("body", *error["loc"])} for error in exc.errors()]
            raise RequestValidationError(errors) from exc
        if picture is None:
            raise PlaygroundError(
                422, f"image is required in a multipart message: {images.IMAGE_RULE} (text alone: JSON)"
            )
        try:
            image = images.checked_image(picture)
        except images.BadImage as exc:
            raise PlaygroundError(422, str(exc)) from exc
        said = await hub.say(
            chat=body.chat, user=body.user, text=body.text, update_id=body.update_id, image=image
        )
        return JSONResponse(said)

    app.router.routes.append(_FormRoute("/api/messages", say_with_image, methods=["POST"]))

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
        # `timezone`: the one the cards' times are in, so the page shows bubble times as they do
        return {
            "now": clock.now().isoformat(),
            "offset_seconds": clock.offset.total_seconds(),
            "timezone": hub.app.config.timezone,
        }

    @app.post("/api/clock")
    async def move_clock(body: ClockIn) -> dict[str, Any]:
        """Playground only: move Tuan's clock forward so deadlines pass without waiting."""
        room = MAX_CLOCK_OFFSET_SECONDS - clock.offset.total_seconds()
        if body.advance_seconds > room:
            raise PlaygroundError(
                422,
                f"advance_seconds must be at most {math.floor(max(room, 0))}: the playground's clock "
                f"stays within {MAX_CLOCK_OFFSET_SECONDS} seconds (10 years) of the real time",
            )
        await hub.transcript.save_clock_offset(clock.offset.total_seconds() + body.advance_seconds)
        clock.advance(body.advance_seconds)  # kept first: a restart goes on from here (server.py)
        clock_changed()
        return await read_clock()

    return app

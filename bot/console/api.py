"""The console's API for organisers' own tools (as 快团团's open API): `/api/v1/`, JSON in and out,
personal access tokens (`Authorization: Bearer <token>`, `tuan token create` or the console's
`/tokens` page).

A sub-application mounted at `/api/v1` (its own OpenAPI schema and JSON errors), scoped exactly like
the console's organiser role: a token acts as its owner, whose role is read again on every call (an
admin's token sees everything). Changes run the chat's own command (`actions.run_command`): the chat
is told, the card updates, the buyer gets their message, and the audit log has the entry.

Errors are `{"error": code, "message": text}`: 401 without a valid token, 403 for a role below the
organiser's, 404 for what is not there or not the caller's (another organiser's group buy or order),
409 for a change already made (paid twice, a code used twice), 422 for bad input or a refusal (the
reason in `message`), with nothing changed. The lists come in pages (`limit`, `cursor`; `next`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException

from bot.allow import allow_header
from bot.console import order_lines
from bot.console.actions import Audit, Where, handed_over_on_the_page, on_the_page, run_command
from bot.console.api_body import problems as body_problems
from bot.console.api_docs import docs_page
from bot.console.auth import NotFoundHere
from bot.console.chat_commands import run_typed
from bot.console.deps import Console, console_of
from bot.console.group_buys import MAX_ROW_ID, own_group_buy, visible_group_buys
from bot.console.render import language
from commerce.domain.api_tokens import bearer
from commerce.domain.collecting import is_reported
from commerce.domain.console import GroupBuyRow, Principal, Role
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import MAX_PICKUP
from commerce.domain.money import format_money
from commerce.domain.order import Order, OrderStatus
from commerce.domain.pickup import is_code
from commerce.domain.roster import payment_of
from commerce.ports import UnitOfWork
from commerce.services import api_tokens
from commerce.services import console as audit_log
from handlers.context import Context
from handlers.parsing.commands import Command
from handlers.registry import HANDLERS, Handler
from handlers.texts import refusal_text, t
from handlers.types import Reply

PREFIX = "/api/v1"
# A chat refusal that names a chat command (`To refund the rest, send /refund 1-1`) -> the API's words.
API_WORDING = {
    "unpaid_part_refunded": "console_api_unpaid_part_refunded",
    "unpaid_online": "console_api_unpaid_online",
    "unpaid_commission_paid_out": "console_api_unpaid_commission_paid_out",
    "pickup_too_long": "console_api_pickup_too_long",  # not `Example: /pickup Gate 3 …`
    "pickup_in_past": "console_api_pickup_in_past",
    "pickup_before_deadline": "console_api_pickup_before_deadline",  # not `自提 #1 …`, `修改 #1 截止 …`
    "pickup_before_deadline_seller": "console_api_pickup_before_deadline",
    "order_cancelled_restore_first": "console_api_order_cancelled_restore_first",  # not `/restore 1-2`
}
# Refusals that say the change was made already: 409, the same answer each time.
DONE_ALREADY = frozenset(
    {
        "order_already_paid",
        "order_paid_and_picked_up",
        "pickup_code_used",
        "unpaid_not_paid",
        "unpaid_part_received",
    }
)


# `?status=` of an order list: the console's Orders filter (its meanings: `payment_of`), its label's
# `reported_paid`, and the order statuses the API took before (pending_payment, fulfilled).
STATUS_FILTERS = (*order_lines.STATUSES, *order_lines.STATUS_ALIASES, "pending_payment", "fulfilled")


def _in_status(order: Order, status: str) -> bool:
    """Whether `order` is in `status`, one of STATUS_FILTERS."""
    status = order_lines.STATUS_ALIASES.get(status, status)
    if status in order_lines.STATUSES:
        return payment_of(order).value == status
    return order.status.value == status


class ApiError(Exception):
    """An answer other than 200: its status, a stable code for programs and a catalog text for people."""

    def __init__(
        self, status: int, code: str, key: str = "", *, refusal: DomainError | None = None, **params: Any
    ) -> None:
        super().__init__(code)
        self.status, self.code, self.key, self.refusal, self.params = status, code, key, refusal, params


class ErrorOut(BaseModel):
    error: str = Field(description="a stable code: unauthorized, forbidden, not_found, conflict, invalid")
    message: str = Field(description="what went wrong, in the caller's language (Accept-Language)")
    detail: list[dict[str, str]] | None = Field(
        default=None, description="for bad input: each field at fault (`where`) and its `problem`"
    )


UNIT_SAID = (
    "the unit quantities are counted in and unit prices are per, as the chat writes it (`斤`, `公斤`, `kg`,"
    ' `box`); "" when sold by the 份 (each)'
)


class GroupBuyOut(BaseModel):
    id: int
    title: str
    status: str
    sold: int = Field(description="in `unit`: units joined, less those of refunded and cancelled orders")
    target: int | None = Field(
        description="the target (成团) in `unit`; null for a group buy opened without a target"
    )
    unit: str = Field(description=UNIT_SAID)
    deadline: str = Field(description="ISO 8601, UTC")
    chat_id: str
    chat_title: str | None
    organiser_id: str
    organiser_name: str


class LineOut(BaseModel):
    description: str
    quantity: int = Field(description="in `unit`")
    unit_price: int = Field(description="in minor units (fen, cents), per `unit`")
    unit: str = Field(description=UNIT_SAID)


class OrderOut(BaseModel):
    id: int
    number: str = Field(description="as the chat says it, e.g. 12-3")
    group_buy_id: int
    buyer_id: str
    buyer_name: str
    status: str
    currency: str
    total: int = Field(description="in minor units (fen, cents)")
    quantity: int = Field(description="in `unit`")
    unit: str = Field(description=UNIT_SAID)
    lines: list[LineOut]
    created_at: str
    reported_paid_at: str | None = Field(description="when the buyer said they paid (我已付款), if so")
    refunded_part: int = Field(
        default=0, description="given back by part refunds (部分退款) of an order still paid, in minor units"
    )


NEXT_SAID = "the path of the next page (the same filters and `limit`, with `cursor`); null on the last page"
NEXT_CURSOR_SAID = "the `cursor` of the next page; null on the last page"


class GroupBuysOut(BaseModel):
    group_buys: list[GroupBuyOut]
    next: str | None = Field(default=None, description=NEXT_SAID)
    next_cursor: int | None = Field(default=None, description=NEXT_CURSOR_SAID)


class OrdersOut(BaseModel):
    group_buy: GroupBuyOut
    orders: list[OrderOut]
    next: str | None = Field(default=None, description=NEXT_SAID)
    next_cursor: int | None = Field(default=None, description=NEXT_CURSOR_SAID)


# Paging of the lists: `limit` rows a page (50 unless said, at most 200), `cursor` where the page before
# stopped (its `next_cursor`: the id of its last row).
DEFAULT_LIMIT, MAX_LIMIT = 50, 200
Limit = Annotated[
    int, Query(ge=1, le=MAX_LIMIT, description=f"rows a page, 1 to {MAX_LIMIT} ({DEFAULT_LIMIT} if left out)")
]
Cursor = Annotated[
    int | None,
    Query(ge=1, le=MAX_ROW_ID, description="the page before's `next_cursor`; left out: the first page"),
]


def _next_page(request: Request, last_id: int | None) -> tuple[str | None, int | None]:
    """The next page's path (this one's query, `cursor` the last row's id) and cursor; (None, None)
    when this page is the last (`last_id` None)."""
    if last_id is None:
        return None, None
    query = [(k, v) for k, v in request.query_params.multi_items() if k != "cursor"]
    return (
        f"{PREFIX}{request.url.path.removeprefix(PREFIX)}?{urlencode([*query, ('cursor', last_id)])}",
        last_id,
    )


class ChangeOut(BaseModel):
    order: OrderOut
    message: str = Field(description="what the chat was told")


class NoFieldsIn(BaseModel):
    """No field (paid, unpaid): the body may be left out, or be `{}`; anything else is refused (422), nothing
    changed."""

    model_config = ConfigDict(extra="forbid", strict=True)


class VerifyIn(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)  # `true` is not the group buy 1
    group_buy_id: int | None = Field(
        default=None,
        ge=1,
        le=MAX_ROW_ID,
        description="the group buy the code is of: needed for an admin's token, narrows it for others",
    )


class GroupPickupIn(BaseModel):
    """帮卖: a help-selling group's own pickup, as `修改 #12 自提 …` sent in that group sets it."""

    model_config = ConfigDict(extra="forbid", strict=True)
    chat_id: str = Field(
        min_length=1, max_length=200, description="the group help-selling it (帮卖) whose own pickup this is"
    )
    place: str = Field(default="", max_length=MAX_PICKUP, description="the place; empty: the place stays")
    time: str = Field(
        default="",
        max_length=MAX_PICKUP,
        description="the time as the chat reads it (`明天下午5点`, `tomorrow 5pm`, `11月24日 17:00`); "
        "empty: the time stays",
    )


class GroupPickupOut(BaseModel):
    group_buy_id: int
    chat_id: str
    place: str = Field(description="that group's own place")
    time: str | None = Field(description="its own time, ISO 8601, UTC; null: the group buy's time is read")
    message: str = Field(description="what that group was told")


BAD_INPUT = {"model": ErrorOut, "description": "bad input, or refused: the reason; nothing changed"}
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorOut, "description": "no token, or a token unknown or revoked"},
    403: {"model": ErrorOut, "description": "the token's owner is not an organiser"},
    404: {"model": ErrorOut, "description": "not there, or not the caller's"},
}


def _group_buy(row: GroupBuyRow) -> GroupBuyOut:
    return GroupBuyOut(
        id=row.id,
        title=row.title,
        status=row.status,
        sold=row.sold,
        target=row.target if row.target > 1 else None,  # opened without one: stored as 1
        unit=row.unit,
        deadline=row.deadline.isoformat(),
        chat_id=row.chat_id,
        chat_title=row.chat_title,
        organiser_id=row.organiser_id,
        organiser_name=row.organiser_name,
    )


def _order(order: Order, unit: str) -> OrderOut:
    """An order as the organiser sees it (never the buyer's pickup code: that is theirs to show), its
    quantities in `unit` (its group buy's)."""
    assert order.id is not None
    return OrderOut(
        id=order.id,
        number=str(order.number),
        group_buy_id=order.group_buy_id,
        buyer_id=order.buyer_id,
        buyer_name=order.buyer_name,
        status=order.status.value,
        currency=order.currency,
        total=order.total,
        quantity=order.quantity,
        unit=unit,
        lines=[
            LineOut(description=x.description, quantity=x.quantity, unit_price=x.unit_price, unit=unit)
            for x in order.lines
        ],
        created_at=order.created_at.isoformat(),
        reported_paid_at=None if order.reported_paid_at is None else order.reported_paid_at.isoformat(),
        refunded_part=order.refunded_part if order.status in (OrderStatus.PAID, OrderStatus.FULFILLED) else 0,
    )


_scheme = HTTPBearer(auto_error=False, description="a personal access token (`tuan token create`)")


async def caller(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_scheme)]
) -> Principal:
    """Who the bearer token acts as, an organiser or an admin; else 401 (403 below an organiser).
    (`credentials` puts the scheme in the OpenAPI schema; the header is read here, with our answers.)"""
    header = request.headers.get("authorization", "").strip()
    token = bearer(header)
    if token is None:
        scheme = header.partition(" ")[0]
        if header and scheme.lower() != "bearer":  # `Token <t>`, `Basic …`: sent, but not as a bearer
            raise ApiError(401, "unauthorized", "console_api_not_bearer", scheme=scheme[:20])
        raise ApiError(401, "unauthorized", "console_api_no_token")
    console = console_of(request)
    async with console.app.uow_factory() as uow:
        who = await api_tokens.authenticate(uow, token, now=console.app.clock.now())
        await uow.commit()
    if who is None:
        raise ApiError(401, "unauthorized", "console_api_bad_token")
    if not who.at_least(Role.ORGANISER):
        raise ApiError(403, "forbidden", "console_api_forbidden")
    _known_query(request)
    request.state.who = who  # for a bad body's answer: another's group buy or order is 404 first
    return who


def _known_query(request: Request) -> None:
    """A query parameter the call does not take (`?page=2`) is refused (422, naming it), never ignored."""
    route = request.scope.get("route")
    # the endpoint's own (its dependency, `caller`, takes none)
    taken = {p.alias for p in route.dependant.query_params} if isinstance(route, APIRoute) else set()
    unknown = [name for name in request.query_params if name not in taken]
    if unknown:
        errors = [
            {"type": "extra_forbidden", "loc": ("query", name), "taken": sorted(taken)} for name in unknown
        ]
        raise RequestValidationError(errors)


Caller = Annotated[Principal, Depends(caller)]


async def _own(console: Console, who: Principal, group_buy_id: int) -> GroupBuyRow:
    try:
        return await own_group_buy(console, who, group_buy_id)
    except NotFoundHere:
        raise ApiError(404, "not_found", "console_api_not_found") from None


async def _run(
    console: Console,
    who: Principal,
    command: Command,
    where: Where,
    audit: Audit,
    handler: Handler | None = None,
    *,
    lang: str | None = None,
    about: int | None = None,
) -> list[Reply]:
    """The chat's command as the caller; a refusal is 404 (not there), 409 (done already) or 422.
    `lang`: of an answer to the caller alone (a private chat's); None: the chat's (`about` its group buy)."""
    try:
        return await run_command(
            console.app, who, command, where, lang=lang, audit=audit, handler=handler, about=about
        )
    except DomainError as refusal:
        status = 404 if isinstance(refusal, NotFound) else 409 if refusal.code in DONE_ALREADY else 422
        codes = {404: "not_found", 409: "conflict", 422: "refused"}
        raise ApiError(status, codes[status], refusal=refusal) from refusal


def create_api(console: Console) -> FastAPI:
    api = FastAPI(
        title="Tuan API",
        version="1",
        description="Organisers' own tools: their group buys and orders, 已收 and 核销, with a personal "
        "access token (`Authorization: Bearer <token>`).",
        openapi_url="/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    api.state.console = console
    api.state.default_language = console.default_language

    def answer(request: Request, status: int, code: str, message: str, **extra: Any) -> JSONResponse:
        headers = {"www-authenticate": "Bearer"} if status == 401 else None
        body = {"error": code, "message": message, **extra}
        return JSONResponse(body, status_code=status, headers=headers)

    @api.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        lang = language(request, console.default_language)
        if exc.refusal is None:
            message = t(lang, exc.key, **exc.params)
        elif exc.refusal.code in API_WORDING:
            message = t(lang, API_WORDING[exc.refusal.code], **exc.refusal.params)
        else:
            message = refusal_text(lang, exc.refusal)
        return answer(request, exc.status, exc.code, message)

    @api.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        """Bad input is 422, each place named (`/orders/abc/paid`'s order_id, `?limit=500`, `?page=2`, a
        missing `chat_id`); but a call on another's group buy or order is 404 whatever was sent."""
        lang = language(request, console.default_language)
        problems = list(exc.errors())
        if await _hidden(request):  # another organiser's group buy or order: 404 whatever was sent
            return answer(request, 404, "not_found", t(lang, "console_api_not_found"))
        detail = body_problems(lang, problems, max_id=MAX_ROW_ID, max_limit=MAX_LIMIT)
        reason = "; ".join(d["problem"] for d in detail)
        return answer(request, 422, "invalid", t(lang, "console_api_invalid", reason=reason), detail=detail)

    @api.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> Response:
        lang = language(request, console.default_language)
        key = {404: "console_api_not_found", 405: "console_api_not_allowed"}.get(exc.status_code)
        code = {404: "not_found", 405: "not_allowed"}.get(exc.status_code, "failed")
        response = answer(request, exc.status_code, code, t(lang, key or "console_api_failed"))
        response.headers.update(allow_header(request, exc.headers))  # a 405's Allow
        return response

    @api.exception_handler(Exception)
    async def _failed(request: Request, exc: Exception) -> Response:
        """The answer; the error goes on up to the console's own handler, which logs it."""
        return answer(
            request, 500, "failed", t(language(request, console.default_language), "console_api_failed")
        )

    @api.get("/docs", include_in_schema=False)
    async def docs(request: Request) -> Response:
        return docs_page(request, api.openapi(), PREFIX)

    @api.get("/group-buys", responses=ERRORS)
    async def group_buy_list(
        request: Request, who: Caller, limit: Limit = DEFAULT_LIMIT, cursor: Cursor = None
    ) -> GroupBuysOut:
        """The caller's group buys, newest first (an admin's token: everyone's), `limit` a page; `next`
        is the next page's path (`next_cursor` its cursor), null on the last."""
        rows = await visible_group_buys(console_of(request), who, limit=limit + 1, before_id=cursor)
        page = rows[:limit]
        path, after = _next_page(request, page[-1].id if len(rows) > limit else None)
        return GroupBuysOut(group_buys=[_group_buy(row) for row in page], next=path, next_cursor=after)

    @api.get("/group-buys/{group_buy_id}/orders", responses={**ERRORS, 422: BAD_INPUT})
    async def orders(
        request: Request,
        group_buy_id: int,
        who: Caller,
        status: str | None = None,
        limit: Limit = DEFAULT_LIMIT,
        cursor: Cursor = None,
    ) -> OrdersOut:
        """The orders of one of the caller's group buys, oldest first, `limit` a page (`next`: the next
        page's path, null on the last); `status` keeps those in it, as the console's Orders filter
        does: unpaid (not reported paid), reported (or reported_paid: the buyer said they paid, not yet
        confirmed), paid, picked_up, cancelled, refunded; or an order's own status: pending_payment
        (unpaid or reported), fulfilled (picked up); empty (`?status=`): all, as the console's All."""
        console = console_of(request)
        status = status or None
        if status is not None and status not in STATUS_FILTERS:
            listed = ", ".join(STATUS_FILTERS)
            raise ApiError(422, "invalid", "console_api_bad_status", value=status[:40], statuses=listed)
        row = await _own(console, who, group_buy_id)
        async with console.app.uow_factory() as uow:
            found = await uow.orders.for_group_buy(group_buy_id)
        shown = sorted(
            (
                o
                for o in found
                if (status is None or _in_status(o, status)) and (cursor is None or (o.id or 0) > cursor)
            ),
            key=lambda o: o.id or 0,
        )
        page = shown[:limit]
        path, after = _next_page(request, page[-1].id if len(shown) > limit else None)
        return OrdersOut(
            group_buy=_group_buy(row),
            orders=[_order(o, row.unit) for o in page],
            next=path,
            next_cursor=after,
        )

    async def order_change(request: Request, order_id: int, who: Principal, command: str) -> ChangeOut:
        """The chat's `command` on one order, as its organiser (or an admin) typed it there; audited."""
        console = console_of(request)
        if not 1 <= order_id <= MAX_ROW_ID:
            raise ApiError(404, "not_found", "console_api_not_found")
        async with console.app.uow_factory() as uow:
            order = await uow.orders.get(order_id)
        if order is None:
            raise ApiError(404, "not_found", "console_api_not_found")
        row = await _own(console, who, order.group_buy_id)
        before = order.status.value
        if command == "paid" and is_reported(order) and 0 < order.reported_amount < order.total:
            # reported short: never marked paid in full unasked (the chat's bare 已收 asks first)
            raise ApiError(
                422, "refused", "console_api_paid_short", order=str(order.number), name=order.buyer_name,
                amount=format_money(order.reported_amount, order.currency),
                total=format_money(order.total, order.currency),
                gap=format_money(order.total - order.reported_amount, order.currency),
            )  # fmt: skip

        async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
            after = await uow.orders.get(order_id)
            status = after.status.value if after is not None else None
            await audit_log.audit(
                uow, who, f"order.{command}", f"order:{order_id}", now=console.app.clock.now(),
                before={"status": before}, after={"status": status, "via": "api"},
            )  # fmt: skip

        ran: list[Context] = []

        async def handler(ctx: Context) -> list[Reply]:
            """The chat is told in its language; the caller's `message` in theirs (none said: the chat's).
            An answer the chat would send her privately (a help-sold order's, 帮卖) is the `message`
            alone, never also sent to her private chat (`on_the_page`)."""
            ctx.page_lang = language(request, "") or None
            ran.append(ctx)
            return _returned_only(ctx, await HANDLERS[command](ctx))

        where = Where(row.chat_id)
        replies = await _run(console, who, Command(command, order_id=order_id), where, audit, handler)
        async with console.app.uow_factory() as uow:
            done = await uow.orders.get(order_id)
        assert done is not None
        shown = ran[0].page_text if ran and ran[0].page_text else replies[0].text if replies else ""
        return ChangeOut(order=_order(done, row.unit), message=shown)

    def order_endpoint(command: str, conflict: str, doc: str) -> None:
        """`POST /orders/{order_id}/<command>`: the chat's `command` on the order (`order_change`);
        refused as unchanged with 409 (`conflict`)."""

        async def endpoint(
            request: Request, order_id: int, who: Caller, body: NoFieldsIn | None = None
        ) -> ChangeOut:
            return await order_change(request, order_id, who, command)

        endpoint.__name__ = endpoint.__qualname__ = command
        endpoint.__doc__ = doc
        responses = {**ERRORS, 409: {"model": ErrorOut, "description": conflict}, 422: BAD_INPUT}
        api.post(f"/orders/{{order_id}}/{command}", responses=responses)(endpoint)

    order_endpoint(
        "paid",
        "paid already",
        """已收: the order was paid offline (cash, a transfer). The chat is told as if the organiser
        typed `已收`, the buyer gets their pickup code, the card updates. Paid already: 409.""",
    )
    order_endpoint(
        "unpaid",
        "not paid",
        """撤销已收: a payment confirmed by mistake is taken back; the order awaits payment again, the
        buyer is told privately, the card counts it as owed, as `撤销已收` in the chat. Not paid: 409;
        paid online, picked up, refunded, or its commission paid out: 422 with the reason.""",
    )

    @api.post("/group-buys/{group_buy_id}/pickup", responses={**ERRORS, 422: BAD_INPUT})
    async def group_pickup(
        request: Request, group_buy_id: int, who: Caller, body: GroupPickupIn
    ) -> GroupPickupOut:
        """帮卖: the pickup of one group help-selling the group buy (`chat_id`), its own place and time,
        as `修改 #12 自提 …` sent there sets it, with its checks and answers: only a place keeps the
        time, only a time the place; while open, a time before the deadline is refused. That group is
        told, its paid buyers privately with their code; the group buy's own group keeps its pickup.
        The organiser's token; any other (an admin's) is answered as the chat answers anyone but the
        organiser and that group's help-seller (422; the console's edit form sets it for an admin).
        Refused: 422, nothing changed."""
        console = console_of(request)
        row = await _own(console, who, group_buy_id)
        place, time = " ".join(body.place.split()), " ".join(body.time.split())
        if not place and not time:
            raise ApiError(422, "invalid", "console_api_pickup_empty")
        async with console.app.uow_factory() as uow:
            listing = await uow.listings.in_chat(group_buy_id, body.chat_id)
        if listing is None or listing.id is None:
            raise ApiError(422, "invalid", "console_api_not_selling_group", chat=body.chat_id[:40], id=row.id)
        listing_id = listing.id
        before = {
            "place": listing.pickup,
            "time": None if listing.pickup_at is None else listing.pickup_at.isoformat(),
        }

        async def audit(uow: UnitOfWork, _: Sequence[Reply]) -> None:
            now_is = await uow.listings.get(listing_id)
            assert now_is is not None
            after = {
                "place": now_is.pickup,
                "time": None if now_is.pickup_at is None else now_is.pickup_at.isoformat(),
            }
            await audit_log.audit(
                uow, who, "group_buy.edit", f"group_buy:{group_buy_id}", now=console.app.clock.now(),
                before={"group": body.chat_id, **before},
                after={"group": body.chat_id, **after, "via": "api"},
            )  # fmt: skip

        text = " ".join(part for part in (f"/edit #{group_buy_id} pickup", place, time) if part)
        try:
            replies = await run_typed(
                console, who, text, Where(listing.chat_id), audit=audit, about=group_buy_id
            )
        except DomainError as refusal:
            status = 404 if isinstance(refusal, NotFound) else 422
            raise ApiError(status, "not_found" if status == 404 else "refused", refusal=refusal) from refusal
        async with console.app.uow_factory() as uow:
            done = await uow.listings.get(listing_id)
        assert done is not None
        said = next(
            (r.text for r in replies if r.text and not r.private_to and r.chat_id in (None, listing.chat_id)),
            "",
        )
        return GroupPickupOut(
            group_buy_id=group_buy_id,
            chat_id=listing.chat_id,
            place=done.pickup,
            time=None if done.pickup_at is None else done.pickup_at.isoformat(),
            message=said,
        )

    @api.post(
        "/pickup-codes/{pickup_code}/verify",
        responses={
            **ERRORS,
            409: {"model": ErrorOut, "description": "used already"},
            422: BAD_INPUT,
        },
    )
    async def verify(
        request: Request, pickup_code: str, who: Caller, body: VerifyIn | None = None
    ) -> ChangeOut:
        """核销: the order holding this pickup code (4 to 6 digits) is handed over. The buyer is told and
        the card ticks the line, as `核销 4827` in the chat (an admin's: told in the group buy's chat, in
        its language, as its organiser). `message` in the caller's language (Accept-Language, else the
        chat's). Used already: 409."""
        console = console_of(request)
        lang = language(request, console.default_language)
        # `１２３４` is 1234, as the chat and the console's form read it
        code = unicodedata.normalize("NFKC", pickup_code)
        group_buy_id = body.group_buy_id if body is not None else None
        if not is_code(code):
            raise ApiError(422, "invalid", "console_api_bad_code", value=code[:40])
        unit: str | None = None  # the group buy's, once known: an admin's names it, read here already
        if who.is_admin:  # as in the group buy's chat: the chat hears its own language
            if group_buy_id is None:
                raise ApiError(422, "invalid", "console_api_group_buy_needed")
            row = await _own(console, who, group_buy_id)
            where, about, unit = Where(row.chat_id), group_buy_id, row.unit
        else:  # as in the caller's private chat: the answer is theirs alone
            where, about = Where(who.user_id, private=True), None
        handed: list[OrderOut] = []  # the order handed over, as it is once handed over

        async def audit(uow: UnitOfWork, replies: Sequence[Reply]) -> None:
            """The audit entry; and the order handed over, read in the command's own unit of work (its
            group buy's unit read there too when the caller named none)."""
            order = await _handed_over(uow, replies, code)
            if order is not None and order.id is not None:
                handed.append(_order(order, await _unit_of(uow, order) if unit is None else unit))
            subject = f"pickup_code:{code}" + (f"@group_buy:{group_buy_id}" if group_buy_id else "")
            answer_text = ran[0].page_text if ran and ran[0].page_text else replies[0].text if replies else ""
            await audit_log.audit(
                uow, who, "pickup.verify", subject, now=console.app.clock.now(),
                after={"answer": answer_text, "order": handed[0].id if handed else None, "via": "api"},
            )  # fmt: skip

        ran: list[Context] = []

        async def handler(ctx: Context) -> list[Reply]:
            """The chat is told in its language; the caller's `message` in theirs (none said: the chat's),
            returned only, never posted in the group (`handed_over_on_the_page`)."""
            ctx.page_lang = language(request, "") or None
            ran.append(ctx)
            return handed_over_on_the_page(ctx, await HANDLERS["pickup_code"](ctx))

        rest = f"#{group_buy_id} {code}" if group_buy_id else code
        spoken = None if about is not None else lang
        command = Command("pickup_code", lang=spoken, rest=rest)
        replies = await _run(console, who, command, where, audit, handler, lang=spoken, about=about)
        if not handed:  # answered without handing anything over: never expected
            raise ApiError(500, "failed", "console_api_failed")
        shown = ran[0].page_text if ran and ran[0].page_text else replies[0].text if replies else ""
        return ChangeOut(order=handed[0], message=shown)

    return api


async def _hidden(request: Request) -> bool:
    """Whether the path names a group buy or order (by a number) the caller may not see."""
    who = getattr(request.state, "who", None)
    if not isinstance(who, Principal):
        return False
    console = console_of(request)
    for name in ("group_buy_id", "order_id"):
        value = str(request.path_params.get(name, ""))
        if not value.isascii() or not value.isdigit():
            continue
        number = int(value)
        if not 1 <= number <= MAX_ROW_ID:
            return True
        group_buy_id = number
        if name == "order_id":
            async with console.app.uow_factory() as uow:
                order = await uow.orders.get(number)
            if order is None:
                return True
            group_buy_id = order.group_buy_id
        try:
            await own_group_buy(console, who, group_buy_id)
        except NotFoundHere:
            return True
    return False


def _returned_only(ctx: Context, replies: list[Reply]) -> list[Reply]:
    """`replies` less an answer the chat would send the caller privately (a help-sold order's, 帮卖): it
    is the response's `message` alone (`on_the_page`), as the chat wrote it when she asked for no
    language."""
    if ctx.page_text is None and replies:
        ctx.page_text = replies[0].text
    return on_the_page(ctx, replies)


async def _unit_of(uow: UnitOfWork, order: Order) -> str:
    """The unit of the order's group buy (`斤`; "" by the 份)."""
    group_buy = await uow.group_buys.get(order.group_buy_id)
    return group_buy.terms.unit if group_buy is not None else ""


async def _handed_over(uow: UnitOfWork, replies: Sequence[Reply], code: str) -> Order | None:
    """The order `核销` just handed over: of the group buy whose card it updated, the buyer it told,
    holding the code."""
    group_buy_id = next((r.card_of for r in replies if r.card_of), None)
    buyer = next((r.private_to for r in replies if r.private_to), None)
    if group_buy_id is None or buyer is None:
        return None
    for order in await uow.orders.for_group_buy(int(group_buy_id)):
        if order.buyer_id == buyer and order.pickup_code == code:
            return order
    return None

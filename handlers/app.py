"""`ChatApp`: the one object every platform adapter talks to.

INTERFACE CONTRACT (other modules are written against it; keep the signatures):

    app = ChatApp(uow_factory=..., clock=..., config=AppConfig(...), bus=MessageBus(), counters=...)
    replies = await app.handle(request)            # list[Reply], never raises for user mistakes
    card    = await app.render_card(group_buy_id)  # Reply with text+buttons, card_of and chat_id set
    replies = await app.expire(group_buy_id)       # deadline: close it; replies carry chat_id/private_to
    ids     = await app.open_deadlines()           # [(id, deadline)] of every open group buy
    ids     = await app.claim_deadlines(limit=20, lease=timedelta(seconds=60))  # due ones, for this worker

The `bus` (commerce.messagebus, wired in bot/bootstrap.py) receives the domain events of every committed
unit of work (e.g. GroupBuyOpened, so the scheduler can schedule its deadline); `on_events`, a plain
callback, sees them too (tests).

How `handle` works: the text (or button) is parsed without touching storage; chatter in a group ends
there with no reply (but a bare `1` just after the card: one join hint, handlers.join_hint). Otherwise
one unit of work runs the command. With an `update_id`, the update is
claimed in that unit of work and its answer saved with it, so a repeated update (a retry, a double tap)
gets the first answer back and changes nothing: `join` and `leave` (the 接龙 flood) claim it last, with
the answer, in one write; the others claim it first. A refusal (`DomainError`) rolls the work back and
is answered, and saved for repeats, in the same unit of work. Anything unexpected is logged and
answered with a generic "nothing was changed".

Before that, in a group, a member's commands beyond `config.commands_per_minute` in a minute (counted
in the `counters` given, shared by every process; none given: no limit; look-ups count apart, up to
twice as many; joins and leaves three times) are not run at all: the first one over is answered "slow
down", each later one privately in words naming it, beside a 😴 and a toast (handlers/rate_limit.py).
An organiser's (or a chat admin's) commands, whatever they are, are held only beyond
`config.organiser_commands_per_minute`.

A big close does not hold the database for its 5,000 orders: the close's unit of work writes the
status and the first batch of orders with their messages, and `finish_orders` writes the others a batch
per unit of work after the commit (commerce.services.group_buys), so other chats' commands run between
batches; a crash half-way is finished by the deadline loop (`claim_deadlines`, `expire`). A platform
that sets `finish_later` gets the close's own replies at once and runs `finish_orders` itself (the
playground, so a close is answered before its 5,000 orders are written). Cards read only the lines they
show (`render_card`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import re
from collections.abc import Awaitable, Callable, Mapping, Sequence
from contextvars import ContextVar
from dataclasses import replace
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from commerce.domain.collecting import is_reported
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.events import Event
from commerce.domain.group_buy import MAX_QUANTITY, GroupBuy, GroupBuyStatus
from commerce.domain.listings import card_key as listing_card_key
from commerce.domain.listings import listing_of, seen_in
from commerce.domain.member import identity
from commerce.domain.order import Order, OrderStatus
from commerce.domain.outbox import OutboxItem
from commerce.domain.payments import payable_online
from commerce.domain.text import clean_text
from commerce.messagebus import MessageBus
from commerce.ports import ChatAdmins, Clock, NoteReranker, StarRefunds, UnitOfWork, UnitOfWorkFactory
from commerce.services import collecting as reports
from commerce.services import group_buys as service
from commerce.services import listings as listings_service
from commerce.services.chat_names import chat_label
from commerce.state import Counters, KeyValues, RoutedKeyValues
from commerce.unit_of_work import Contention, own_transaction, runs_again_on_contention
from handlers import (
    answers,
    buyers_marks,
    called_off,
    card_copies,
    cards,
    commission_notices,
    digest,
    helpselling,
    just_closed,
    left_room,
    no_buttons,
    note_copies,
    notes,
    option_question,
    order_cancel,
    outbox,
    pickup_codes,
    refund_asks,
    sharing,
    waiting,
    which_question,
)
from handlers.aside import Aside
from handlers.ask import asked
from handlers.cards import failed_key, format_deadline
from handlers.config import AppConfig
from handlers.context import Context, card_language, chat_setting, listing_language
from handlers.failures import DATABASE, FailureLog, log_failure, summary
from handlers.fit import TEXT_LIMIT, fit
from handlers.group_buys import friend_form
from handlers.group_buys import price_now as join_price_now
from handlers.join_hint import JoinHints
from handlers.members import MemberMemo, Sighting
from handlers.memo import LanguageMemo, one_update
from handlers.orders import ACTS_ON, acted_on_example, example_order, typed_word
from handlers.own_examples import her_number, with_own_examples
from handlers.parsing.commands import Command, parse_button, parse_text, slash_only
from handlers.parsing.edits import parse_add
from handlers.payments import Checkout, refused_privately
from handlers.rate_limit import NOT_DONE, Over, command_limiter
from handlers.recipients import order_languages, organiser_language
from handlers.registry import HANDLERS, VOCABULARY
from handlers.rush import Rush
from handlers.texts import has, normalize_language, t
from handlers.texts import units as unit_texts
from handlers.types import TELLS_GROUP, AnsweredPrivately, ChatKind, Reaction, Reply, Request
from handlers.which import (
    NO_NUMBER,
    NUMBERED_USAGES,
    TYPED_NUMBER,
    example_number,
    groups_example_number,
    not_found_example,
    owed_example_number,
    own_example_number,
    remindable_example,
    which_text,
    with_example_number,
)

__all__ = ["AppConfig", "ChatApp", "EventSink", "update_key"]

# An organiser's own commands which, typed in private by someone who organises nothing, are answered that
# only organisers use them (`/close` from a buyer), not with a form naming `#N`
_ORGANISER_ONLY = frozenset({"close", "cancel", "edit", "remind", "copy", "remove", "add"})  # rep94 #9

# the command word before its arguments (`代报 #3 …`, `/add@TuanBot #3`, `代报#3`)
_ARGUMENTS = re.compile(r"^[^\s#＃]+\s*")
# refusals whose example is an order the command could act on (`/cancel abc`: `/cancel 1-1`, hers unpaid;
# `已收 99-9`: `已收款 1-1`), one of this chat; none such: 12-3
_ORDER_EXAMPLES = frozenset({"cancel_order_usage", "order_not_found"})
log = logging.getLogger(__name__)
# The keys of the questions a member answers by a bare reply, and of what they hang on: which group buy
# (`which_asked:`, handlers.which_question), which option (`option_asked:`, handlers.option_question), the
# card just shown and the join hint given (`card_shown:`, `join_hint:`, handlers.join_hint). Several
# workers without Redis keep these where every worker reads them (ChatApp's `asked`); each is read only
# for a text that may answer it, never for a `+1`. Not the sold-out join's offer to wait
# (`wait_offered:`): a flash sale's thousands of sold-out `+1`s would each write it to the database.
ASKED_KEYS = ("which_asked:", "option_asked:", "card_shown:", "join_hint:")
_JOINING = frozenset({"join", "leave", "wait", "unwait"})  # refused in floods (`_FLOODED`): not recorded
_ASKS_MEMBER = frozenset({"option_which", "option_which_for", "which_group_buy"})  # questions to her
# `+1 #8`, `恢复订单 #8` naming another group's group buy: said to be there (`_found_elsewhere`)
_PLACED = _JOINING | {"restore_order"}
# her `/cancel #4`, `/close #4`, `/edit #4 …` of one she runs in another group: said to be there (rep100 #8)
_HERS_PLACED = frozenset({"cancel", "close", "edit", "add", "remove"})
_OWN_ORDER = frozenset({"ipaid", "pay"})  # a buyer's own order by number: hers named when she has one
# a `#N` naming none here: an example only of an open one (`分享`, `候补` too: rep104 #9)
_OPEN_ONLY = frozenset({"join", "cancel", "close", "share", "wait"})
# English words that do not tell the member's language: menus and help show them to everyone, `/lang zh`
# names another, an unknown `/word` may be no word at all
_NOT_SPOKEN = frozenset({"start", "help", "share_help", "notes_help", "lang", "unknown"})

EventSink = Callable[[Sequence[Event]], None]
# Commands whose handlers only read and write the unit of work (no platform call, nothing outside the
# transaction): their update is claimed last, with its answer, in one write. A repeat then redoes the
# work in a transaction that is rolled back; other commands claim first, so a repeat stops at once.
CLAIMED_LAST = frozenset({"join", "leave"})
CONTENDED_TRIES = 4  # an update whose unit of work lost a race for a lock runs at most this often
TOAST_LIMIT = 200
_STALE = frozenset({"group_buy_not_found", "no_open_group_buy"})


def update_key(platform: str, chat_id: str, update_id: str) -> str:
    """The key an update is claimed under: its id is unique only within its platform and chat, so an
    adapter that remembers answers (the playground) keys them the same way."""
    return f"{platform}:{chat_id}:{update_id}"


class Unanswered(Exception):
    """An update failed and not even its apology could be written (the database is down): nothing of it
    was kept, so its platform must deliver it again rather than count it handled."""


# Set, for one try of an update, by a platform that tries it again when `handle` raises `Unanswered`
# (Telegram's long polling, bot/telegram/polling.py): whether a failure is a passing one (a locked SQLite
# database) that this try may leave to the next. Such a failure raises `Unanswered` with no apology
# written, so the member is apologised to only when the update keeps failing (its last try runs unset).
try_again_if: ContextVar[Callable[[BaseException], bool] | None] = ContextVar("try_again_if", default=None)


async def _cancel_after_close(ctx: Context) -> DomainError | None:
    """A buyer's private `取消` owing no open line but holding an order of a group buy that closed: it has
    closed, and only its organiser (named) can cancel an order now, never "send 退出 in the group" (then
    refused); None when she is on an open one (退出 there still leaves it) or holds no such order."""
    user = ctx.request.user_id
    if await ctx.uow.views.open_joins_of(user, limit=1):
        return None
    kept = (OrderStatus.PENDING_PAYMENT, OrderStatus.PAID)
    held = sorted(
        (order for order in await ctx.uow.orders.for_buyer(user) if order.status in kept),
        key=lambda order: order.id or 0,
    )
    if not held:
        return None
    group_buy = await ctx.uow.group_buys.get(held[-1].group_buy_id)
    if group_buy is None:
        return None
    return DomainError(
        "cancel_after_close_buyer",
        title=group_buy.terms.title,
        id=group_buy.id,
        organiser=group_buy.organiser_name,
        order=held[-1].number,
    )


async def _quantity_range_here(ctx: Context, refusal: DomainError) -> tuple[DomainError, object]:
    """A join's quantity out of range (`+0`, `+99999`), and the count to say was wrong before it (None:
    the refusal says so itself). Where a `+1` of it would be refused too (sold out, her limit reached,
    which group buy or option she means, no such number here), that refusal, to be said after what was
    wrong (`0 is not a quantity I can take. Sorry, …`), `ctx.command` made that `+1` (its question's
    answer joins 1), never an example it would meet in turn. Else the range of the group buy the `+1`
    joins when its per-person limit (less what she holds) or its stock left (an option's) is below the
    app's (`99999 不是有效的数量：芒果 每人限购 5 份，只能跟 1 到 5。例如：+2`), its example her join's own
    form (`+2 小盒 帮 妈妈`); else as it is."""
    value = refusal.params["value"]
    one, joined = await _join_of_one(ctx)  # what her `+1` would be told, or where it would go
    if one is not None:
        ctx.command = replace(ctx.command, quantity=1, measured=None)
        return one, value
    group_buy = None if joined is None else await ctx.uow.group_buys.get(joined)
    if group_buy is None or not group_buy.is_open:
        return refusal, None
    command, most = ctx.command, int(refusal.params["most"])
    named = service.option_joined(group_buy, command.option or "", command.option_index or 0, command.note)
    option = group_buy.option_named(named) if named else None  # `+0 小`: 小盒, as her `+1` reads it
    left = group_buy.option_left(option) if option is not None else group_buy.stock_left
    limit, room = group_buy.terms.per_person_limit, None
    if limit is not None:  # the limit counts all she holds of it, her friends' lines too
        held = await ctx.uow.group_buys.lines_held(group_buy.id or 0, ctx.request.user_id)
        room = limit - sum(line.quantity for line in held if line.option == (option.name if option else ""))
    bounds = [(n, kind) for n, kind in ((room, "limit"), (left, "stock")) if n is not None and 0 < n < most]
    if not bounds:  # the app's range, its example her join's form (`+2 #3`: never asked which again)
        example = _join_form(ctx, 2, named)
        return DomainError("quantity_invalid_form", value=value, most=most, example=example), None
    bound, kind = min(bounds)
    title, unit = f"{group_buy.terms.title} {named}".rstrip(), group_buy.terms.unit  # `粽子 小盒`
    example = _join_form(ctx, min(2, bound), named)  # one the range takes
    if kind == "limit":
        limited = DomainError(
            "quantity_invalid_limit",
            value=value,
            most=bound,
            limit=limit,
            title=title,
            unit=unit,
            example=example,
        )
        return limited, None
    short = DomainError(
        "quantity_invalid_stock", value=value, most=bound, left=left, title=title, unit=unit, example=example
    )
    return short, None


def _count_first(replies: list[Reply], lang: str, value: object) -> list[Reply]:
    """The refusal's first text said after what was wrong with her count (`0 is not a quantity I can
    take. Sorry, …`)."""
    first = next((i for i, reply in enumerate(replies) if reply.text), None)
    if first is None:
        return replies
    said = t(lang, "quantity_invalid_then", value=value, then=replies[first].text)
    return [*replies[:first], replace(replies[first], text=said), *replies[first + 1 :]]


def _join_form(ctx: Context, quantity: int, option: str) -> str:
    """Her join with `quantity` (after its `+`), in the form she typed it: the option, the group buy's
    number and the friend kept (`2 小盒 #3 帮 妈妈`)."""
    command = ctx.command
    form = f"{quantity} {option}".rstrip()
    if command.group_buy_id is not None and not ctx.is_private:  # in private: the card she opened
        form = f"{form} #{command.group_buy_id}"
    if command.friend:
        form = f"{form} {friend_form(command)}"
    return form


async def _join_of_one(ctx: Context) -> tuple[DomainError | None, int | None]:
    """What a `+1` of the same join would do here, found by doing it and undoing it: its unit of work
    rolled back, its writes to the shared state kept aside (handlers.aside), what it left for after the
    commit dropped. The refusal it would get, else the group buy it would join (its card's, where the
    answer shows one); (None, None) when it tells nothing (its own count refused too: `+0斤`)."""
    typed, after, values = ctx.command, len(ctx.after_commit), ctx.values
    ctx.command = replace(typed, quantity=1, measured=None)
    ctx.values = None if values is None else Aside(values)
    try:
        replies = await HANDLERS["join"](ctx)
    except DomainError as refusal:
        return (None if refusal.code == "quantity_invalid" else refusal), None
    finally:
        ctx.command, ctx.values = typed, values
        del ctx.after_commit[after:]  # nothing of it happens after the commit either
        await ctx.uow.rollback()
    return None, next((reply.card_of for reply in replies if reply.card_of is not None), None)


# refusals of a number typed in a private chat that say she cannot act there, or is not on it: in her
# own language as last seen (her words'), never the group buy's group's only
_HER_OWN_WORDS = frozenset(
    {"private_join_in_group", "private_join_needs_link", "not_joined", "group_buy_closed"}
)


class ChatApp:
    def __init__(
        self,
        *,
        uow_factory: UnitOfWorkFactory,
        clock: Clock,
        config: AppConfig | None = None,
        on_events: EventSink | None = None,
        bus: MessageBus | None = None,
        star_refunds: StarRefunds | None = None,
        counters: Counters | None = None,
        reranker: NoteReranker | None = None,
        values: KeyValues | None = None,
        members: MemberMemo | None = None,
        languages: LanguageMemo | None = None,
        taps: KeyValues | None = None,
        asked: KeyValues | None = None,
    ) -> None:
        self.uow_factory = uow_factory
        self.reranker = reranker  # Ask's re-ranking of friends' notes by meaning (bot/rerank.py)
        # the shared state: the group buy a member opened in private (last_opened); with `asked` (several
        # workers on PostgreSQL without Redis: the database's), the questions a member answers by a bare
        # reply (`ASKED_KEYS`) are kept there instead, so her answer to any worker completes what another
        # asked, and the rest stays in `values` (this process's memory)
        if asked is not None and values is not None:
            values = RoutedKeyValues(values, asked, ASKED_KEYS)
        self.values = values
        # a card's counted taps (handlers.taps): `values`, or what every worker sees where `values` is
        # this process's memory (several workers on PostgreSQL without Redis: the database's)
        self.taps = taps if taps is not None else values
        self.clock = clock
        self.config = config or AppConfig()
        self.on_events = on_events
        self.bus = bus
        self.on_queued: Callable[[], None] | None = None  # set by the platform's outbox relay
        # set by a platform that answers a big close before its other orders are written (the
        # playground): it gets the group buy and the request, and runs `finish_orders` itself
        self.finish_later: Callable[[int, Request], None] | None = None
        # set by a platform that can say from a private chat who administers a group (Telegram): `/flags`
        # there gives a group's own admin its queue
        self.chat_admins: ChatAdmins | None = None
        self.tz = ZoneInfo(self.config.timezone)
        # a chat's `/lang`: this process's memory, or with the shared state's values
        # (`LanguageMemo(values=...)`, several workers) every worker's (handlers.memo)
        self.memo = languages or LanguageMemo()
        self.join_hints = JoinHints(values)  # a bare `1` just after the card: how to join, once an hour
        self.failures = FailureLog(log)  # a failed update: its traceback once a minute, else one line
        # who was written lately (a sender's names and language): this process's, or with the shared
        # state's values (`MemberMemo(values=...)`, several workers) every worker's
        self.members = members or MemberMemo()
        self._finishing: set[int] = set()  # group buys whose pending orders this process is writing
        self.limiter = command_limiter(
            counters,
            per_minute=self.config.commands_per_minute,
            organiser_per_minute=self.config.organiser_commands_per_minute,
            organises=self._organises,
            toasts_in_chat=self.config.outbox_toasts,
        )
        # a flash sale's plain `+N`s that arrive together in a chat: one pass (handlers.rush)
        self.rush = Rush(self) if self.config.join_batches else None
        self.checkout = Checkout(
            uow_factory=uow_factory,
            clock=clock,
            config=self.config,
            tz=self.tz,
            memo=self.memo,
            publish=self._publish,
            outbox=self,
            star_refunds=star_refunds,
        )

    # -- updates ---------------------------------------------------------------------------------------
    async def handle(self, request: Request) -> list[Reply]:
        """The answer to one update; never raises for anything a member can do. Raises `Unanswered` only
        when the update failed and not even its apology could be written (the database is down)."""
        if self.rush is None:
            return await self._handled(request)
        with self.rush.handling(request):
            if self.rush.waits(request):  # a chat whose `+1`s queue: after them
                return await self.rush.in_turn(request, lambda: self._handled(request))
            return await self._handled(request)

    async def handle_together(self, requests: Sequence[Request]) -> list[list[Reply] | BaseException]:
        """A chat's updates a platform had queued, in their order: each answered as `handle` answers it,
        each started once the one before it took its place in the chat's lane (or was answered), so a
        run of plain `+N`s is one batch pass (handlers.rush). What each gave: its replies, or what it
        raised."""
        handling: list[asyncio.Future[list[Reply]]] = []
        for request in requests:
            handling.append(asyncio.ensure_future(self.handle(request)))
            if self.rush is not None:
                await self.rush.placed(request, handling[-1])
        return list(await asyncio.gather(*handling, return_exceptions=True))

    async def _handled(self, request: Request) -> list[Reply]:
        with one_update():  # what it reads of the chat's language, it reads once (handlers.memo)
            return await self._handle(request)

    async def _handle(self, request: Request) -> list[Reply]:
        command: Command | None = None
        key = self._key(request)
        request = _with_clean_name(request)
        try:
            command = self._parse(request)
            bare = command if command is not None and command.bare else None  # `2kg`: `#2`, `5斤` first
            if command is not None and command.counted_options:  # `豆沙 2`: an answer to a question first
                bare = command
            if command is None or bare is not None:
                await self._chatting(request)  # `大家好`: known by name here (`设置帮手 @Hal`)
                command = await self._which_answer(request)  # `#2` just after "which group buy?"
            if command is None:  # `大盒` just after "which option?"
                command = await self._option_answer(request)
            if command is None and request.chat_kind is ChatKind.GROUP:
                command = (
                    bare  # `2kg`, `2 boxes please`: a join where sold so, else the join hint (`豆沙 2`: talk)
                )
            if command is None:
                return await self._bare_number(request)  # `1` just after the card: how to join, once
            if self.limiter is not None and command.overheard:  # `多少钱` to the group: counted if answered
                if await self.limiter.spent(request, command, now=self.clock.now()):
                    return []  # said to the group, not to the bot: no "slow down" for it
            elif self.limiter is not None:
                over = await self.limiter.over(request, command, now=self.clock.now())
                if over is not None:
                    return await self._slow_down(request, command, over)
            if self.rush is not None and self.rush.takes(request, command, key):
                replies = await self.rush.join(request, command, key)  # a flash sale's `+1`s: together
            else:
                replies = await self._contended(request, command, key)
            if self.limiter is not None and command.overheard and any(reply.text for reply in replies):
                await self.limiter.over(request, command, now=self.clock.now())  # answered: it counts
            DATABASE.answered()  # it worked: a database outage, if there was one, is over
            return fit(replies)  # each within the platform's limit
        except Exception as exc:
            said = request.button or request.text[:80]
            passing = try_again_if.get()
            if passing is not None and passing(exc):  # nothing was kept: the next try may well succeed
                self.failures.failed(exc, "update %s (%r) failed: not answered, to be tried again", key, said)
                raise Unanswered(key) from exc
            replies = [Reply(text=t(self._fallback_language(request, command), "unexpected_error"))]
            unqueued = await self._queue_failure(replies, request)
            if unqueued is None:
                self.failures.failed(exc, "update %s (%r) failed; answered that nothing changed", key, said)
                return replies
            # not even the apology could be written (the database is down): nothing of this update was
            # kept, so the platform must deliver it again (a webhook answers 5xx). One line for it (a
            # traceback once a minute: Telegram sends it again and again while the outage lasts)
            self.failures.failed(
                exc,
                "update %s (%r) failed and so did its apology (%s): not answered, to be delivered again",
                key,
                said,
                summary(unqueued),
            )
            raise Unanswered(key) from exc

    async def run_alone(self, request: Request, command: Command, key: str | None) -> list[Reply]:
        """The update's work in a unit of work of its own (`_contended`): a join batch's member that
        does not go with the others (handlers.rush)."""
        return await self._contended(request, command, key)

    async def _contended(self, request: Request, command: Command, key: str | None) -> list[Reply]:
        """`_run`, run again when its unit of work lost a race for a lock with another one (`Contention`:
        a deadlock between two workers' transactions, a group commit's later member that may not wait,
        SQLite busy): nothing of it was kept, so it runs again, in a transaction of its own (which may
        wait for the lock), after a short random pause, up to `CONTENDED_TRIES` times in all."""
        for tries in range(1, CONTENDED_TRIES + 1):
            try:
                with (
                    own_transaction() if tries > 1 else contextlib.nullcontext(),
                    runs_again_on_contention() if tries < CONTENDED_TRIES else contextlib.nullcontext(),
                ):
                    return await self._run(request, command, key)
            except Contention:
                if tries == CONTENDED_TRIES:
                    raise
                log.info("update %s lost a race for a lock (try %d): running it again", key, tries)
                await asyncio.sleep(random.uniform(0.005, 0.05) * tries)
        raise AssertionError("unreachable")

    async def _chatting(self, request: Request) -> None:
        """A group member's plain message (no command) records them as a member of the chat, so `@name`
        finds them (handlers.members.mentioned), once per member and chat in this process's lifetime
        (`MemberMemo.first`): chatter costs no write after that. A failure is logged, never answered."""
        seen = await self.members.first(request, self.clock.now())
        if seen is None:
            return
        try:
            async with self.uow_factory() as uow:
                await seen.record(uow)
                await uow.commit()
        except Exception as exc:
            log_failure(log, exc, "recording %s in %s failed", request.user_id, request.chat_id)
            return
        await self.members.remember(seen)

    async def _which_answer(self, request: Request) -> Command | None:
        """`#2`, `2` from a member just asked which group buy her join meant, naming one it listed: the
        answer (handlers.which_question); else None. A failure is logged: the number is talk then."""
        try:
            return await which_question.typed_answer(self.values, request)
        except Exception as exc:
            log_failure(log, exc, "reading the question to %s in %s failed", request.user_id, request.chat_id)
            return None

    async def _option_answer(self, request: Request) -> Command | None:
        """`大盒` from a member just asked in a group which option her join meant: that join with it
        (handlers.option_question); else None. A failure is logged: the word is talk then."""
        try:
            return await option_question.typed_answer(self.values, request)
        except Exception as exc:
            log_failure(
                log, exc, "reading the option question to %s in %s failed", request.user_id, request.chat_id
            )
            return None

    async def chat_language(self, chat_id: str) -> str | None:
        """The chat's `/lang` (None: none set): what a platform's own note to a group speaks (a private
        message that could not be delivered), else the language it was given."""
        async with self.uow_factory() as uow:
            return await chat_setting(uow, chat_id, self.memo)

    async def moved(self, old: str, new: str) -> list[int]:
        """The group chat `old` became `new` (Telegram: a basic group upgraded to a supergroup, whose
        chat id changes): everything kept under `old` is moved to `new` (`uow.chats.move`), once: a
        second notice of the same move moves nothing. The cards (`Reply.card_of`) of the group buys
        then open in `new`, its own and those listed there (帮卖), for the platform to show there where
        it shows none yet (after a second notice too: the first may have stopped before its cards
        went). A failure (the database down) is raised: nothing was moved."""
        async with self.uow_factory() as uow:
            if await uow.chats.move(old, new):
                await uow.commit()
        async with self.uow_factory() as uow:
            language = await uow.chats.language(new)
            cards: list[int] = []
            for group_buy in await uow.group_buys.open_in_chat(new):
                if group_buy.id is None:
                    continue
                if group_buy.chat_id == new:
                    cards.append(group_buy.id)
                    continue
                listing = await uow.listings.in_chat(group_buy.id, new)
                if listing is not None and listing.id is not None:
                    cards.append(listing_card_key(listing.id))
        await self.memo.changed(new, language)
        log.info("chat %s became chat %s: %d open group buys there", old, new, len(cards))
        return cards

    async def group_language(self, chat_id: str) -> str | None:
        """What a group reads a platform's own note in (a member it cannot write to privately): its
        `/lang`, else its newest group buy's card's language; None: neither is known."""
        async with self.uow_factory() as uow:
            chat = await chat_setting(uow, chat_id, self.memo)
            if chat:
                return chat
            latest = await uow.group_buys.latest_in_chat(chat_id)
            return None if latest is None else await card_language(uow, latest, self.memo)

    async def left(
        self, platform: str, chat_id: str, user_ids: Sequence[str], *, tell: bool = False
    ) -> list[Reply]:
        """Members who left a group chat, or were removed from it (the platform said so: Telegram's
        `left_chat_member`, WeChat's room-leave): no longer its members (`uow.members.left`), so the
        group no longer names them (`排行`) nor finds them by `@name`; their next message there makes
        them members again. Nothing is answered in the group; with `tell` (WeChat) each organiser of
        their group buys there is told privately (handlers/left_room.py): the replies, rows already
        when the ChatApp queues. A failure (the database down) is raised: nothing was kept, so a
        platform that can have the update again (Telegram) does, and another logs it."""
        if not user_ids:
            return []
        replies: list[Reply] = []
        async with self.uow_factory() as uow:
            if tell:
                language = self.config.default_language
                replies = await left_room.organiser_notices(
                    uow, platform, chat_id, user_ids, language=language
                )
            await uow.members.left(chat_id, [identity(platform, user_id) for user_id in user_ids])
            if replies and self.queues:
                await self.queue(uow, replies, None, self.clock.now())
            await uow.commit()
        if replies:
            self.queued()
        for user_id in user_ids:
            await self.members.forget(platform, chat_id, user_id)
        return replies

    async def renamed(self, platform: str, chat_id: str, names: Mapping[str, str]) -> None:
        """Members of a group chat now go by these names there (user id -> name; WeChat: a room alias
        changed, learnt from what they typed under or from the room's members read for an `@name`): kept
        as their name in that chat (`uow.members.seen`), and their lines on its group buys written under
        the name she had there until now say it (`rename_lines`), so the card and `名单` show each as she
        is called now; a line written under a name she typed (`王阿姨 +2 #1`, her 接龙 name) keeps it, as
        does every line of one never seen there (nothing tells which are hers). Nothing is answered, and
        no card is posted for it: the next one shows it. A failure is logged: a name stays as it was."""
        if not names:
            return
        now = self.clock.now()
        try:
            async with self.uow_factory() as uow:
                for user_id, name in names.items():
                    if not name:
                        continue
                    previous = await uow.members.name_in(chat_id, identity(platform, user_id))
                    await uow.members.seen(
                        platform=platform,
                        user_id=user_id,
                        display_name=name,
                        username=None,
                        language=None,
                        chat_id=chat_id,
                        alias=name,
                        at=now,
                    )
                    if previous is not None and previous != name:
                        await uow.group_buys.rename_lines(chat_id, user_id, name, previous)
                await uow.commit()
        except Exception:
            log.exception("keeping the new names %s in %s failed", dict(names), chat_id)
            return
        for user_id in names:
            await self.members.forget(platform, chat_id, user_id)

    async def bot_removed(self, chat_id: str) -> list[Reply]:
        """The bot is no longer in a group chat (WeChat: the room refuses its messages, or its room-leave
        names the bot): each organiser of a group buy still open there is told privately which ones, and
        how to go on. With an outbox the replies are rows already (the relay sends them), else returned."""
        async with self.uow_factory() as uow:
            by_organiser: dict[str, list[GroupBuy]] = {}
            for group_buy in await uow.group_buys.open_in_chat(chat_id):
                by_organiser.setdefault(group_buy.organiser_id, []).append(group_buy)
            replies = []
            for organiser, theirs in by_organiser.items():
                lang = await organiser_language(uow, theirs[0], self.memo, self.config.outbox_platform)
                listed = t(lang, "bot_removed_separator").join(
                    t(lang, "bot_removed_item", title=group_buy.terms.title, id=group_buy.id)
                    for group_buy in theirs
                )
                text = t(lang, "bot_removed_open_there", group_buys=listed, id=theirs[0].id)
                replies.append(Reply(text=text, private_to=organiser, language=lang))
            rows = await self.queue(uow, replies, None, self.clock.now())
            await uow.commit()
        if rows:
            self.queued()
            return []
        return replies

    async def back_in(self, chat_id: str, *, since: datetime) -> list[Reply]:
        """The bot is in a room again that it was out of since `since` (Telegram: `my_chat_member`;
        WeChat: re-added, or a message came from it): `bot_back`'s line and open cards, and the group
        buys of the room (its own and those listed there: 帮卖) that ended meanwhile, their close unseen
        there: named in the line, their final cards posted anew; each of their organisers told privately.
        [] when the room never had one."""
        line, cards = await self.bot_back(chat_id)
        missed: list[tuple[GroupBuy, int]] = []
        async with self.uow_factory() as uow:
            for group_buy in await uow.group_buys.closed_in_chat(chat_id):
                if (
                    group_buy.id is not None
                    and group_buy.chat_id == chat_id  # its own: those listed here, below
                    and group_buy.closed_at is not None
                    and group_buy.closed_at >= since
                ):
                    missed.append((group_buy, group_buy.id))
            for listing in await uow.listings.listed_in(chat_id, limit=20):
                listed = await uow.group_buys.get(listing.group_buy_id)
                if (
                    listed is None
                    or listing.id is None
                    or listed.closed_at is None
                    or listed.closed_at < since
                ):
                    continue
                missed.append((listed, listing_card_key(listing.id)))
            titles = await uow.chat_names.titles([chat_id]) if missed else {}
            told: list[Reply] = []
            by_organiser: dict[str, list[GroupBuy]] = {}
            for group_buy, _ in missed:
                by_organiser.setdefault(group_buy.organiser_id, []).append(group_buy)
            for organiser, theirs in by_organiser.items():
                lang = await organiser_language(uow, theirs[0], self.memo, self.config.outbox_platform)
                text = t(
                    lang,
                    "bot_back_organiser",
                    chat=titles.get(chat_id) or t(lang, "share_code_another_chat"),
                    group_buys=_back_named(lang, theirs),
                )
                told.append(Reply(text=text, private_to=organiser, language=lang))
        if not missed:
            return [] if line is None else [line, *_cards_anew(chat_id, cards)]
        lang = line.language if line is not None and line.language else self.config.default_language
        ended = _back_named(lang, [group_buy for group_buy, _ in missed])
        hello = line.text if line is not None else t(lang, "bot_back_none")
        said = f"{hello}\n{t(lang, 'bot_back_missed', group_buys=ended)}"
        shown = [key for _, key in missed] + [key for key in cards if key not in {k for _, k in missed}]
        back = Reply(text=said, chat_id=chat_id, language=lang)
        return [back, *_cards_anew(chat_id, shown), *told]

    async def closed_at(self, group_buy_id: int) -> datetime | None:
        """When the group buy closed (None: open, or no such group buy)."""
        async with self.uow_factory() as uow:
            group_buy = await uow.group_buys.get(group_buy_id)
        return None if group_buy is None else group_buy.closed_at

    async def listed_in_chats(self, group_buy_id: int) -> dict[str, str]:
        """The chats that list the group buy (帮卖), with their titles ("" unknown): none for most."""
        async with self.uow_factory() as uow:
            group_buy = await uow.group_buys.get(group_buy_id)
            if group_buy is None or not group_buy.listings:
                return {}
            chats = [listing.chat_id for listing in await uow.listings.of_group_buy(group_buy_id)]
            titles = await uow.chat_names.titles(chats)
        return {chat: titles.get(chat) or "" for chat in chats}

    async def told_truly(self, reply: Reply, out: Callable[[str], Awaitable[bool]], language: str) -> Reply:
        """The organiser's close summary says the group was told (`TELLS_GROUP`): where the bot is out of
        that group (`out`: the platform knows), it says so instead (and how to see the figures); a group
        listing it (帮卖) the bot is out of is named under it, not told. Any other reply as it is."""
        told = reply.extra.get(TELLS_GROUP)
        if not told:
            return reply
        group_buy_id, _, chat = told.partition(":")
        lang = reply.language or language
        if await out(chat):
            return replace(reply, text=await self._group_gone_text(lang, group_buy_id))
        listed = await self.listed_in_chats(int(group_buy_id)) if group_buy_id.isdigit() else {}
        gone = [each for each in listed if await out(each)]
        if not gone:
            return reply
        chats = t(lang, "bot_removed_separator").join(
            t(lang, "told_listing_gone_chat", chat=listed[each] or each) for each in gone
        )
        return replace(reply, text=reply.text + "\n" + t(lang, "told_listing_gone", chats=chats))

    async def _group_gone_text(self, lang: str, group_buy_id: str) -> str:
        """What the organiser reads in place of her close summary when the group never got it: of a close
        that went ahead, that each buyer it can reach has her order privately; of one that failed below
        its target, that nobody pays and she tells those who joined (no order went anywhere)."""
        group_buy = None
        if group_buy_id.isdigit():
            async with self.uow_factory() as uow:
                group_buy = await uow.group_buys.get(int(group_buy_id))
        if group_buy is None or group_buy.status is not GroupBuyStatus.FAILED:
            return t(lang, "told_group_gone", id=group_buy_id)
        target = unit_texts.quantity(group_buy.terms.target, group_buy.terms.unit, lang)
        key = failed_key(group_buy, "told_group_gone_failed")
        return t(lang, key, title=group_buy.terms.title, id=group_buy.id, sold=group_buy.sold, target=target)

    async def bot_back(self, chat_id: str) -> tuple[Reply | None, list[int]]:
        """The bot was added back to a group it had been removed from (Telegram's `my_chat_member`): one
        short line for the group, in its language (`group_language`), naming the group buys still open
        there, and their cards (`Reply.card_of` keys, its own and those listed there: 帮卖) to post anew.
        (None, []): the chat never had a group buy (a first add says nothing)."""
        async with self.uow_factory() as uow:
            cards: list[int] = []
            named: list[tuple[str, int]] = []
            for group_buy in await uow.group_buys.open_in_chat(chat_id):
                if group_buy.id is None:
                    continue
                if group_buy.chat_id == chat_id:
                    cards.append(group_buy.id)
                else:
                    listing = await uow.listings.in_chat(group_buy.id, chat_id)
                    if listing is None or listing.id is None:
                        continue
                    cards.append(listing_card_key(listing.id))
                named.append((group_buy.terms.title, group_buy.id))
            if not cards and await uow.group_buys.latest_in_chat(chat_id) is None:
                return None, []
        lang = await self.group_language(chat_id) or self.config.default_language
        if not named:
            return Reply(text=t(lang, "bot_back_none"), chat_id=chat_id, language=lang), []
        listed = t(lang, "bot_removed_separator").join(
            t(lang, "bot_removed_item", title=title, id=number) for title, number in named
        )
        return Reply(text=t(lang, "bot_back_open", group_buys=listed), chat_id=chat_id, language=lang), cards

    async def _bare_number(self, request: Request) -> list[Reply]:
        """A bare `1` soon after the card, with one group buy open: the join hint, once an hour (join_hint).
        A failure is logged, never answered: the number is chatter all the same."""
        try:
            async with self.uow_factory() as uow:
                replies = await self.join_hints.hint(request, uow, self.memo, self.clock.now())
                if replies:
                    await self.queue(uow, replies, request, self.clock.now())
                    await uow.commit()
        except Exception as exc:
            log_failure(log, exc, "the join hint to %s in %s failed", request.user_id, request.chat_id)
            return []
        if replies:
            self.queued()
        return replies

    def _parse(self, request: Request) -> Command | None:
        if request.button is not None:
            return parse_button(request.button) or Command("stale", tap=True)
        names = (request.alias or "", request.display_name)  # as WeChat writes her in a pasted 接龙 list
        command = parse_text(
            request.text,
            vocabulary=VOCABULARY,
            bot_username=self.config.bot_username,
            names=names,
            private=request.chat_kind is ChatKind.PRIVATE,
        )
        if command is not None and command.bare and request.chat_kind is ChatKind.PRIVATE:
            command = None  # `5斤` in private: as any text there (the option question's answer, a hint)
        if command is not None and command.counted_options and request.chat_kind is ChatKind.PRIVATE:
            command = None  # `豆沙 2`, `提现审合 approve 2` in private: never a join there, as any text
        if command is None and request.replied_to:  # a reply to a note's card: a comment on it
            command = notes.reply_comment(request)
        if command is None:  # a question to the bot: privately, or mentioning it in a group (handlers.ask)
            command = asked(request, self.config.bot_username)
        if command is None and request.chat_kind is ChatKind.PRIVATE and request.text.strip():
            return Command("hint")
        return command

    @staticmethod
    def _key(request: Request) -> str | None:
        if request.update_id is None:
            return None
        return update_key(request.platform, request.chat_id, request.update_id)

    def _context(self, request: Request, command: Command, uow: UnitOfWork) -> Context:
        return Context(
            request,
            command,
            uow,
            self.clock.now(),
            self.config,
            self.tz,
            self.memo,
            star_refunds=self.checkout.star_refunds,
            reranker=self.reranker,
            values=self.values,
            taps=self.taps,
            chat_admins=self.chat_admins,
        )

    async def _run(self, request: Request, command: Command, key: str | None) -> list[Reply]:
        async with self.uow_factory() as uow:
            answered = await self.work(uow, request, command, key)
        return await answered()

    async def work(self, uow: UnitOfWork, request: Request, command: Command, key: str | None) -> Answered:
        """One update's work in `uow`, committed there; what is left to do once that commit is durable (a
        join batch's is later: handlers.rush), which gives the answer."""
        claim_last = command.name in CLAIMED_LAST
        if key is not None and not claim_last and not await uow.updates.claim(key):
            return _given(answers.loads(await uow.updates.answer(key)))
        ctx = self._context(request, command, uow)
        # `提现`, `种草`: Chinese words tell the member's language where the platform does not, and so
        # do English ones (`/close`, `/paid`); not `/start`, `/help` (menus show them to everyone) nor
        # `/lang zh` (the word is not the language), nor `+1` or a button (no words), nor `/join 甜的`,
        # `share` (an ASCII command word with no English after it: `Command.wordless`)
        spoken = command.spoken if command.spoken == "zh" or command.name not in _NOT_SPOKEN else None
        spoken = spoken or command.heard  # `count me in`, `+2 small box`, `how much?`: English
        if spoken is not None and command.heard is None and slash_only(request.text):
            # `/orders`, `/cancelorder 1-1` (a menu's tap): a slash word alone tells nothing of the
            # member's language (her next slash command is answered in hers, else in its word's)
            spoken = None
        ctx.prefetched = which_question.prefetch(ctx)  # `+1 #2`: was she asked? read with the sighting
        # None: written lately, `+1` pays nothing
        seen = await self.members.due(request, ctx.now, spoken, also=ctx.prefetched)
        if seen is not None:  # the storage may hold it back to ride with the command's writes
            await seen.record(uow)
        try:
            if command.name != "hint":  # the bot's option question is no longer the last one asked
                await option_question.forget(ctx)
            replies = await HANDLERS[command.name](ctx)
            if command.name == "ask":  # 问's answer in a group: a reply to the question
                replies = outbox.to_member(replies, request)
            replies = await notes.repriced_cards(uow, replies)  # its notes' cards show its price
            replies = await helpselling.spread(uow, replies, request.chat_id)  # 帮卖: every chat's card
            replies = await card_copies.refreshed(  # members' private copies of the card too
                self.values, replies, platform=request.platform, now=ctx.now
            )
            replies = await note_copies.refreshed(  # notes quoted on request (`笔记 3`) too
                self.values, replies, platform=request.platform, now=ctx.now
            )
            # whoever earns on an order it paid (分享赚, 帮卖) is told so, with it
            hold = timedelta(days=ctx.config.commission_hold_days)
            replies += await commission_notices.commission_on_payments(
                uow, request.platform, ctx.memo, hold=hold, tz=ctx.tz
            )
            # and whose held commission a pickup freed before the hold ended
            replies += await commission_notices.commission_on_pickups(
                uow, request.platform, ctx.memo, minimum_units=ctx.config.payout_minimum
            )
        except DomainError as refusal:
            _untangle(refusal)
            await uow.rollback()  # the sighting too: the refusal writes it again, but for a join
            # refused as sold out (a flash sale's thousands of sold-out `+1`s write their answers only);
            # a late `+1` refused as closed records her as in the group (rep80 #9: her `笔记 1` there)
            flooded = command.name in _JOINING and refusal.code in _FLOODED
            return await self._refuse(ctx, key, refusal, None if flooded else seen)
        await self.queue(uow, replies, request, ctx.now)
        await uow.prepare_commit()  # before `record`, which may commit with it
        if key is not None:
            if not claim_last:
                await uow.updates.save_answer(key, answers.dumps(replies))
            elif not await uow.updates.record(key, answers.dumps(replies)):
                # a repeat: leaving rolls back
                return _given(answers.loads(await uow.updates.answer(key)))
        await uow.commit()
        events = uow.collect_events()

        async def committed() -> list[Reply]:
            answer = replies
            self.queued()
            if seen is not None:
                await self.members.remember(seen)
            await self.join_hints.seen_card(request, answer, ctx.now)  # a bare `1` soon after: the hint
            for done in ctx.after_commit:
                await done()
            await self._publish(events)
            for group_buy_id in ctx.pending_orders:  # a big close: its other orders, batch by batch
                if self.finish_later is not None:
                    self.finish_later(group_buy_id, request)
                else:
                    answer = answer + await self.finish_orders(group_buy_id, request=request)
            return answer

        return committed

    async def _refuse(
        self, ctx: Context, key: str | None, refusal: DomainError, seen: Sighting | None = None
    ) -> Answered:
        """Explain the refusal (the work was just rolled back) and remember the answer for a repeat, in
        the same unit of work: one write and the commit; what is left once it is durable, as `work`. The
        sender is still recorded as in the chat (`seen`): a refused `进度` says who is here as well as a
        join does (`/copy … to <chat>` asks)."""
        command = ctx.command
        lang = await ctx.lang(guess=command.about_group_buy)
        if ctx.is_private and not command.tap and refusal.code in _HER_OWN_WORDS:  # `-1 #2` from one who
            lang = await ctx.own_language() or lang  # writes English: in English, not its group's (rep92 #14)
        count_said: object = None  # `+0` said wrong before what her `+1` would be told
        if refusal.code == "quantity_invalid":  # `+0`: the range is the one a line may hold here
            most = min(ctx.config.join_limits.max_per_line or MAX_QUANTITY, MAX_QUANTITY)
            refusal = type(refusal)(refusal.code, **{**refusal.params, "most": most})
            if command.name == "join":  # `+99999`: the range of the group buy it joins (限购, stock left)
                refusal, count_said = await _quantity_range_here(ctx, refusal)
                command = ctx.command  # her `+1`, when it is what she is told
            if command.name == "wait":  # `候补 #2 0`: the example a wait, `候补 #2 1`, never a join
                at = f"#{command.group_buy_id} " if command.group_buy_id is not None else ""
                refusal = DomainError(
                    "quantity_invalid_wait", value=refusal.params["value"], most=most, at=at
                )
        if refusal.code == "note_not_found" and ctx.is_private:  # no "this chat" where no note is posted:
            # what to do, in words that say as little of a stranger's group (rep80 #9)
            refusal = DomainError("note_not_found_private", id=refusal.params.get("id"))
        refusal = await with_own_examples(ctx, refusal, lang)  # private `退款`: `退款 3-1`, hers (else `N-M`)
        if refusal.code in ("picked_up_not_organiser", "pickup_not_helper"):  # 帮卖: whom to ask, and how
            refusal = await pickup_codes.seller_not_helper(ctx) or refusal
        if refusal.code == "group_buy_number_unreadable":  # `自提 #N 3号门`: `自提 #1 …`, one of hers here
            unreadable = await her_number(ctx)  # in private: her newest (none: `#N`, as typed)
            refusal = type(refusal)(refusal.code, **{**refusal.params, "example_id": unreadable})
        placed = refusal.code == "order_not_found" or (
            refusal.code == "group_buy_not_found" and command.name in _PLACED | _HERS_PLACED
        )
        if placed and not ctx.is_private and not command.tap:  # `/paid 5-4`, `+1 #8` in the wrong group
            refusal = await _found_elsewhere(ctx, refusal) or refusal
        if (
            refusal.code == "order_not_found"
            and command.name == "ipaid"
            and ctx.is_private
            and not command.tap
        ):
            refusal = (
                await _anothers_order(ctx, refusal) or refusal
            )  # `/ipaid 1-4` privately: Leo's, not none
        if refusal.code == "report_not_yours" and command.name == "ipaid" and not command.tap:
            refusal = await _not_hers_but_hers_named(ctx, refusal) or refusal  # `/ipaid 1-4`: Noah's
        if refusal.code == "order_not_found" and command.name in _OWN_ORDER and not command.tap:
            refusal = (  # `/ipaid 1-5` of hers made in another group (帮卖): where; else hers here named
                await _hers_made_elsewhere(ctx, refusal) or await _her_only_order(ctx, refusal) or refusal
            )
        # `+1 #8`, `取消 #10`, `截单 #10` (each acts on an open one only) with none open here: no example
        # naming one that ended (just called off, closed): there is none to name
        joining = refusal.code == "group_buy_not_found" and not ctx.is_private and command.name in _OPEN_ONLY
        if joining and not await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):  # none open here:
            refusal = DomainError("join_not_found_none_open", id=refusal.params.get("id"))  # no example
        if refusal.code == "group_buy_not_found" and not ctx.is_private:  # its example: a number here
            user, admin = ctx.request.user_id, ctx.request.is_admin  # one the command takes (rep104 #9)
            refusal = await not_found_example(
                ctx.uow, ctx.request.chat_id, refusal, command.name, user=user, admin=admin
            )
            if command.name == "remind":  # `催款 #9`: the example one of hers somebody owes for here,
                owed = await owed_example_number(ctx.uow, ctx.request.user_id, ctx.request.chat_id)
                if owed is not None:  # never one still taking joins (rep104 #9)
                    refusal = type(refusal)(refusal.code, **{**refusal.params, "example_id": owed})
        if ctx.is_private and refusal.code == "ask_which_private":  # `问 #3 什么时候截单`, of her groups
            asked = await groups_example_number(ctx.uow, ctx.request.platform, ctx.request.user_id)
            refusal = type(refusal)(refusal.code, **{**refusal.params, "example_id": asked})
        if ctx.is_private and refusal.code in NUMBERED_USAGES | {"number_needed_in_private"}:
            hers = await own_example_number(ctx.uow, ctx.request.user_id)  # `代报 #3 王阿姨 2`: hers
            if hers == NO_NUMBER and command.name in _ORGANISER_ONLY and not ctx.request.is_admin:
                typed_command = ((ctx.request.text or "").split() or [""])[0]  # `/close`, `截单` as typed
                refusal = DomainError("organiser_only_none", command=typed_command)
                if command.name == "remind":  # a buyer's `催款`: her own unpaid order, not leaving (rep94 #5)
                    refusal = await _remind_by_a_buyer(ctx, typed_command)
                if command.name == "cancel":  # a buyer's `取消` after the close: only its organiser now
                    refusal = await _cancel_after_close(ctx) or refusal
                if command.name == "add":  # a buyer's `代报 王阿姨 2`: how she signs up a friend (s40)
                    refusal = _add_by_a_buyer(command, refusal)
            elif refusal.code == "remind_usage":  # `/remind`: one of hers she may remind now (rep100 #11)
                now_id, later = await remindable_example(ctx.uow, ctx.request.user_id, ctx.now)
                hers = now_id or await owed_example_number(ctx.uow, ctx.request.user_id) or hers
                if now_id is None and later is not None:  # each in its 6-hour wait: when the next may be
                    gid, last, again = later
                    refusal = DomainError(
                        "remind_usage_none_now",
                        id=gid,
                        last=format_deadline(last, ctx.tz, lang),
                        next=format_deadline(again, ctx.tz, lang),
                    )
            refusal = type(refusal)(refusal.code, **{**refusal.params, "example_id": hers})
        adding = ctx.is_private and refusal.code == "group_buy_not_found" and command.name == "add"
        if adding and not await ctx.uow.views.count_group_buys_of(ctx.request.user_id):  # she runs none
            refusal = _add_by_a_buyer(command, refusal)  # `代报 #1 王阿姨 2`, #1 not hers (s40)
        if refusal.code in NUMBERED_USAGES and not ctx.is_private:  # `代报 #3`: `代报 #3 王阿姨 2`, hers
            typed = _ARGUMENTS.sub("", (ctx.request.text or "").strip(), count=1)
            number = await example_number(
                ctx.uow, ctx.request.chat_id, organiser=ctx.request.user_id, typed=typed
            )
            code = refusal.code
            if code == "pickup_usage" and command.name == "pickup" and TYPED_NUMBER.match(typed):
                code = "pickup_usage_numbered"  # `/pickup #3`: `/pickup #3 Gate 3 …`
            reminding = code == "id_usage" and refusal.params.get("command") == t(lang, "cmd_remind")
            waited: DomainError | None = None
            if code == "remind_usage" or reminding:  # `/remind unpaid`: one of hers here she may remind
                # now (never one still in its 6-hour wait, nor one that failed, with nothing to remind
                # about); each in its wait: when the next may be; else one somebody owes for, else none
                now_id, later = await remindable_example(
                    ctx.uow, ctx.request.user_id, ctx.now, chat_id=ctx.request.chat_id
                )
                owed = now_id or await owed_example_number(ctx.uow, ctx.request.user_id, ctx.request.chat_id)
                number, code = (owed, code) if owed is not None else (number, "remind_usage_none_owed")
                if now_id is None and later is not None:
                    gid, last, again = later
                    last_said, next_said = (
                        format_deadline(last, ctx.tz, lang),
                        format_deadline(again, ctx.tz, lang),
                    )
                    waited = DomainError("remind_usage_none_now", id=gid, last=last_said, next=next_said)
            refusal = waited or type(refusal)(code, **{**refusal.params, "example_id": number})
        if refusal.code == "cancel_order_usage":  # a buyer's bare 取消订单: not the organiser's form
            refusal = await order_cancel.to_a_buyer(ctx, lang) or refusal
        if refusal.code == "refund_usage" and command.name == "refund":  # a buyer's bare 退款: her orders
            refusal = await refund_asks.to_a_buyer(ctx, lang) or refusal
        refunding = refusal.code == "order_not_found" and command.name == "refund"  # in private too
        if refusal.code in _ORDER_EXAMPLES and (refunding or not ctx.is_private):  # `/cancel abc`: hers
            own = refusal.code != "order_not_found" or has(f"order_not_found_{command.name}")  # its form's
            name = command.name if own and command.name in ACTS_ON else "paid"  # else 已收款's: unpaid
            acts_on = ACTS_ON["cancel_order" if refusal.code == "cancel_order_usage" else name]
            typed = str(refusal.params.get("order", ""))  # `退款 5-9`: an order of #5 first (rep79 #6)
            order = await example_order(ctx, statuses=acts_on, manageable=True, usual="12-3", typed=typed)
            refusal = type(refusal)(refusal.code, **{**refusal.params, "example_order": order})
            if (
                refusal.code == "order_not_found" and command.name == "paid"
            ):  # `已收 1-9`: `已收 1-1`, as typed
                word = typed_word(ctx.request.text or "", "paid", lang)
                refusal = DomainError(
                    "order_not_found_typed", order=refusal.params.get("order"), example_order=order, word=word
                )
        if refusal.code == "leave_usage" and not ctx.is_private:  # `-1 芒果`: `退出 #3`, a number here
            if await ctx.uow.group_buys.latest_in_chat(ctx.request.chat_id) is None:
                refusal = DomainError("leave_none_here")  # no group buy ever ran here: no number made up
            else:
                here = await with_example_number(ctx.uow, ctx.request.chat_id, refusal)
                refusal = DomainError("leave_usage_at", id=here.params["example_id"])
        if refusal.code == "member_no_order":  # `已收 @Dan`: `Dan 在本群没有订单`, named as she is known here
            member = str(refusal.params.get("member") or "")
            known = await ctx.uow.members.name_of(identity(ctx.request.platform, member)) if member else None
            named = refusal.params if known is None else {**refusal.params, "name": known}
            refusal = DomainError("member_no_order", **named)
        if refusal.code == "member_no_order" and not ctx.is_private and command.name in ("paid", "ipaid"):
            refusal = await _joined_not_closed(ctx, refusal) or refusal  # `已收 @Bob` before the close
        if refusal.code == "member_no_order" and not ctx.is_private:  # `已收 @Dan`: `已收 1-1`, an order here
            example = await acted_on_example(ctx, usual="")  # 已收: an unpaid one of hers; none made up
            refusal = DomainError("member_no_order", order=example, name=refusal.params.get("name", ""))
        refusal = await buyers_marks.instead(ctx, refusal) or refusal  # a buyer's `已取` in private
        shown = no_buttons.refusal(refusal, ctx.request.platform)  # WeChat: no "tap its Join button"
        stale = no_buttons.text_key("button_stale", ctx.request.platform)  # WeChat: "这个选项已过期"
        replies = _refusal_replies(
            shown, command, lang, private=ctx.is_private, stale=stale, typed=ctx.request.text or ""
        )
        if count_said is not None:
            replies = _count_first(replies, lang, count_said)
        replies = which_question.with_buttons(ctx, refusal, replies, lang)  # which group buy: a button each
        if refusal.code in _ASKS_MEMBER:  # a question to her in a busy group: a reply to her message
            replies = outbox.to_member(replies, ctx.request)
        if refusal.code in _SOLD_OUT and not ctx.is_private and not command.tap:  # a flash sale's pile-in:
            replies = _named(replies, ctx.request.display_name, lang)  # `Abe：抱歉，… 已经卖完了…`, whose
        typed = ctx.request.text or ""

        def said_in(in_lang: str) -> list[Reply]:  # the refusal read privately, in its reader's language
            said = _refusal_replies(shown, command, in_lang, private=ctx.is_private, stale=stale, typed=typed)
            return said if count_said is None else _count_first(said, in_lang, count_said)

        if isinstance(refusal, AnsweredPrivately):  # about another group's order (帮卖): its sender only
            mine = await ctx.private_lang(lang)  # her own language, else the group's
            in_hers = replies if mine == lang else said_in(mine)
            replies = [replace(reply, private_to=ctx.request.user_id) for reply in in_hers]
        else:  # a refund's refusal naming an amount, typed in a group: privately, one line there
            replies = await refused_privately(ctx, refusal, replies, lang, said_in)
        await option_question.asked(ctx, refusal)  # which option? a bare option name then answers it
        await which_question.asked(ctx, refusal)  # which group buy? `#2`, `2`, `/join 2` then answer it
        replies = await digest.refused_privately(ctx, replies, said_in)  # a note refused in digest mode
        if key is None and not self.queues:
            return _given(replies)
        if seen is not None:
            await seen.record(ctx.uow)
        await self.queue(ctx.uow, replies, ctx.request, ctx.now)
        if key is not None and not await ctx.uow.updates.record(key, answers.dumps(replies)):
            return _given(answers.loads(await ctx.uow.updates.answer(key)))
        await ctx.uow.commit()

        async def committed() -> list[Reply]:
            self.queued()
            if seen is not None:
                await self.members.remember(seen)
            return replies

        return committed

    async def _slow_down(self, request: Request, command: Command, over: Over) -> list[Reply]:
        """A command over the member's limit is not run, and never without words (through the outbox, in
        its own unit of work): the first one over in its window is told in the chat how long to wait; each
        later one is told privately what was not done and when to send it again (`slow_down_again`),
        beside a 😴 on the message and a toast (Telegram, the playground; on WeChat, `outbox_toasts`, the
        private line is all). Past `NOTED_FACTOR` times the limit of those in a window (a script),
        nothing. A like over its own limit (`QUIET`) is told as a later one is, the first one over too."""
        if not over.first and not over.noted:
            return []
        async with self.uow_factory() as uow:
            ctx = self._context(request, command, uow)
            lang = await ctx.lang(guess=command.about_group_buy)
            if command.name == "unknown" and command.rest:  # `/lsit`: what it meant, never a bare 😴
                word, meant = command.word, command.rest
                text = t(lang, "slow_down_meant", command=word, meant=meant, count=over.wait)
                private_to = None if over.first else request.user_id  # a later one: only its sender
                replies = [Reply(text=text, language=lang, private_to=private_to)]
            elif over.first and not over.quiet:  # in the chat, once a window
                key = "slow_down_managing" if over.managing else "slow_down"
                key = "slow_down_reading" if over.reading and not over.managing else key
                key = "slow_down_joining" if over.joining else key
                said = _said(request, command)  # what was not done, named
                text = t(lang, key, count=over.wait, name=request.display_name, limit=over.limit, what=said)
                replies = [Reply(text=text, language=lang)]
            else:  # only its sender: what was not done, in words, each time
                key = "slow_down_quiet" if over.quiet else "slow_down_again"
                text = t(lang, key, count=over.wait, limit=over.limit, what=_said(request, command))
                replies = [self._not_done(request, command, text, lang)]
                if not self.config.outbox_toasts:  # the toast is unseen on a typed message (Telegram)
                    replies.append(Reply(text=text, language=lang, private_to=request.user_id))
            await self.queue(uow, replies, request, ctx.now)
            await uow.commit()
        self.queued()
        return replies

    def _not_done(self, request: Request, command: Command, text: str, lang: str) -> Reply:
        """A later command over the limit: a toast, and a 😴 on a typed message; where toasts would be said
        in the chat (WeChat), a private line instead (one it cannot write to privately reads it in the
        group: the notes in a window are bounded)."""
        if self.config.outbox_toasts:
            return Reply(text=text, private_to=request.user_id, language=lang)
        typed = request.message_id if not command.tap else None
        reaction = None if typed is None else Reaction(typed, NOT_DONE)
        return Reply(toast=text, reaction=reaction, language=lang)

    async def _organises(self, request: Request, command: Command) -> bool:
        """Whether the sender organises the group buy the command names, or one open (or the latest) in
        the chat: all her commands there get her own allowance (handlers/rate_limit.py)."""
        async with self.uow_factory() as uow:
            if command.group_buy_id is not None:  # hers, or else any of hers here (`+1 #3` of another's)
                named = await uow.group_buys.get(command.group_buy_id)
                if named is not None and named.organiser_id == request.user_id:
                    return True
            here = await uow.group_buys.open_in_chat(request.chat_id)
            if any(group_buy.organiser_id == request.user_id for group_buy in here):
                return True
            latest = await uow.group_buys.latest_in_chat(request.chat_id)
            return latest is not None and latest.organiser_id == request.user_id

    def _fallback_language(self, request: Request, command: Command | None) -> str:
        """`Context.lang`'s order without storage (it may be what failed): the chat's `/lang` and its
        group buy's language as this process remembers them, so `+1` is told to try again in the
        language its answer would have had."""
        chosen = command.spoken if command is not None else None
        known, chat = self.memo.setting(request.chat_id)
        if known and chat and request.chat_kind is ChatKind.PRIVATE:  # a private chat's `/lang` first
            return chat
        return (
            chosen
            or (chat if known else None)
            or normalize_language(request.language)
            or self.memo.group_buy_language(request.chat_id)
            or (command.typed or command.lang if command is not None else None)
            or self.config.default_language
        )

    # -- the outbox --------------------------------------------------------------------------------------
    @property
    def queues(self) -> bool:
        """Whether replies go out through the transactional outbox (a platform with a relay runs)."""
        return self.config.outbox_platform is not None

    async def queue(
        self,
        uow: UnitOfWork,
        replies: Sequence[Reply],
        request: Request | None,
        now: datetime,
        *,
        until: datetime | None = None,
        held: str | None = None,
    ) -> list[OutboxItem]:
        """The replies as outbox rows in this unit of work: they exist exactly when the change does. `until`:
        due only then unless brought forward before (`uow.outbox.bring_forward`), each payload marked
        `held` (the batch holding them: bot/console/batch_notices.py). The rows written (none without an
        outbox)."""
        platform = self.config.outbox_platform
        if platform is None or not replies:
            return []
        replies = await notes.repriced_cards(uow, replies)  # a console's close too: its notes' cards
        toasts = self.config.outbox_toasts
        rows = outbox.rows(
            replies, platform=platform, request=request, now=now, toasts=toasts, due_at=until, held=held
        )
        await uow.outbox.add(rows)
        return rows

    def queued(self) -> None:
        """Rows were committed: wake the relay (it also polls, for rows of other processes)."""
        if self.queues and self.on_queued is not None:
            self.on_queued()

    async def queue_alone(self, replies: Sequence[Reply], request: Request | None) -> None:
        """Replies that belong to no change (an error answer), through the outbox in their own transaction."""
        await self._queued_alone(replies, request)

    async def _queued_alone(self, replies: Sequence[Reply], request: Request | None) -> bool:
        """`queue_alone`; False if they had to be queued and could not be (logged)."""
        failure = await self._queue_failure(replies, request)
        if failure is not None:
            self.failures.failed(failure, "could not queue %d replies", len(replies))
        return failure is None

    async def _queue_failure(self, replies: Sequence[Reply], request: Request | None) -> Exception | None:
        """`queue_alone`, not logged: None once queued (or nothing to queue), else what failed."""
        if not self.queues or not replies:
            return None
        try:
            async with self.uow_factory() as uow:
                await self.queue(uow, replies, request, self.clock.now())
                await uow.commit()
        except Exception as exc:
            return exc
        self.queued()
        return None

    async def _publish(self, events: list[Event]) -> None:
        """Hand committed events on; the work is committed, so a failing listener is logged, never raised."""
        if not events:
            return
        if self.on_events is not None:
            try:
                self.on_events(events)
            except Exception:
                log.exception("on_events failed for %d events", len(events))
        if self.bus is not None:
            await self.bus.publish(events)

    # -- cards -----------------------------------------------------------------------------------------
    async def price_now(self, price_of: str, language: str) -> str:
        """A join's price line (`Reply.extra`'s `ACK_PRICE_OF`: `12`, `12:大的`) as the group buy stands
        now: WeChat's folded `📝 接龙更新` says it when it goes, never the price when each joined; "" when
        the group buy is gone."""
        async with self.uow_factory() as uow:
            group_buy = await uow.group_buys.get(int(price_of.partition(":")[0]))
        return "" if group_buy is None else join_price_now(group_buy, price_of, language)

    async def render_card(
        self, group_buy_id: int, *, caption_limit: int | None = None, platform: str | None = None
    ) -> Reply:
        """The card as it stands now, in the chat's language, with buttons while it takes joins.

        `caption_limit`: where a photo card's text is its photo's caption (Telegram: `fit.CAPTION_LIMIT`),
        the card of a group buy opened with a photo folds its list within it. `platform`: the one it is
        sent on, where its text depends on it (a note card's join hint on WeChat: handlers.no_buttons).

        It reads only the lines the card can show (`cards.MAX_LINES`) and counts the rest, and once it
        succeeded only the orders of the buyers shown (the paid count is counted in SQL): a platform
        that renders it after every join pays the same at 5 and at 5,000 participants.

        A negative id is a note's card (handlers.notes.card_key); one from `card_copies.COPY_KEYS` up
        a member's private copy of a card (handlers.card_copies)."""
        if card_copies.copy_slot(group_buy_id) is not None:
            return await self._render_copy(group_buy_id, caption_limit=caption_limit)
        note_id = notes.note_of(group_buy_id)
        if note_id is not None:
            return await notes.render_card(
                self.uow_factory,
                note_id,
                memo=self.memo,
                default_language=self.config.default_language,
                caption_limit=caption_limit,
                platform=platform,
            )
        listing_id = listing_of(group_buy_id)
        async with self.uow_factory() as uow:
            listing = None if listing_id is None else await uow.listings.get(listing_id)
            try:
                if listing_id is not None and listing is None:
                    raise NotFound("group_buy_not_found", id=group_buy_id)
                view = await service.card(
                    uow,
                    group_buy_id=group_buy_id if listing is None else listing.group_buy_id,
                    lines=cards.MAX_LINES,
                    listing=listing,
                )
            except NotFound:
                lang = self.config.default_language
                return Reply(text=t(lang, "card_gone", id=group_buy_id), card_of=group_buy_id, language=lang)
            group_buy = view.group_buy
            if listing is None:
                lang = await card_language(uow, group_buy, self.memo)
            else:  # 帮卖: the card in a chat that lists it speaks that chat's language, else its listing's
                lang = await listing_language(uow, group_buy, listing, self.memo)
            waits = await waiting.queue_lengths(uow, group_buy)  # 候补 N 人 by option (none without stock)
            reported = await reports.reported_buyers(uow, group_buy)  # 💸 (none before the close)
            if group_buy.listings or listing is not None:  # 帮卖: this chat's buyers, as its 已付 x/N
                reported &= set(view.statuses)
            succeeded = group_buy.status is GroupBuyStatus.SUCCEEDED and group_buy.id is not None
            unsold = await uow.views.unsold_units(group_buy.id or 0) if succeeded else (0, 0)  # refunds
            cancelled = await service.cancelled_unpaid(uow, group_buy, unsold)  # all unpaid: ❌
            option_dropped = await service.dropped_by_option(uow, group_buy)  # 多规格: out of "taken"
            chat = group_buy.chat_id if listing is None else listing.chat_id
            here = await service.chat_units(uow, view, chat)  # 帮卖: what this chat's card counts
            # its own chat's card: how many of the chats listing it are help-sold, not hers (`cards.render`)
            help_sold = await listings_service.help_sold_in(uow, group_buy) if listing is None else None
        paid = cards.payments(view)  # ✅ 📦 and 已付 x/N, as the private copy reads them (handlers.sharing)
        card = cards.render(
            seen_in(group_buy, listing),  # 帮卖: its pickup there, when that chat set its own
            view.participants,
            lang=lang,
            tz=self.tz,
            now=self.clock.now(),
            paid=paid.paid,
            dropped=paid.dropped,
            collected=paid.collected,
            payable=payable_online(group_buy.terms.currency, provider=self.config.online_payment),
            total_lines=view.lines,
            paid_count=paid.paid_count,
            waiting=waits,
            reported=reported,
            text_limit=caption_limit if caption_limit is not None and group_buy.photo else TEXT_LIMIT,
            seller="" if listing is None else listing.seller_name,
            own_listing=listing is not None and listing.seller_id == group_buy.organiser_id,
            help_sold=help_sold,
            unsold=unsold,
            refunded=paid.refunded,
            part_refunded=paid.part_refunded,
            units_refunded=paid.units_refunded,
            received=paid.received,
            option_dropped=option_dropped,
            cancelled=cancelled,
            here=here,
        )
        if listing is None:
            return card
        return replace(card, card_of=group_buy_id, chat_id=listing.chat_id)

    async def _render_copy(self, key: int, *, caption_limit: int | None = None) -> Reply:
        """A member's private copy of a card (handlers.card_copies), as it stands now: a photo card's
        copy with its photo, its list folded within `caption_limit` as the card's own."""
        record = await card_copies.record_of(self.values, key)  # one read: a quoted note's or a card's
        quoted = None if record is None else note_copies.quoted_from(record)
        if quoted is not None:  # a note quoted on request (`笔记 3`), as it stands now
            async with self.uow_factory() as uow:
                shown = await notes.quote(uow, quoted, platform=self.config.outbox_platform)
            return replace(shown, card_of=key, chat_id=quoted.where)
        copy = None if record is None else card_copies.copy_from(record)
        lang = self.config.default_language if copy is None else copy.language
        async with self.uow_factory() as uow:
            group_buy = None if copy is None else await uow.group_buys.get(copy.group_buy_id)
            if copy is None or group_buy is None:
                gone = "?" if copy is None else copy.group_buy_id
                return Reply(text=t(lang, "card_gone", id=gone), card_of=key, language=lang)
            listing = None if copy.listing_id is None else await uow.listings.get(copy.listing_id)
            card = await sharing.copy_card(
                uow,
                group_buy,
                listing,
                lang=lang,
                tz=self.tz,
                now=self.clock.now(),
                member=copy.member,
                secret=self.config.payment_secret,
                platform=copy.platform,
                text_limit=caption_limit if caption_limit is not None and group_buy.photo else TEXT_LIMIT,
            )
        return replace(card, card_of=key, chat_id=copy.chat)

    # -- big closes ------------------------------------------------------------------------------------
    async def finish_orders(self, group_buy_id: int, *, request: Request | None = None) -> list[Reply]:
        """Write the orders a big close left pending (commerce.services.group_buys), a batch per unit
        of work, each committed with its buyers' order messages (outbox rows), so other chats' commands
        run between batches; the messages. A batch that fails is logged and stops here: the group buy
        keeps its orders pending, and the deadline sweep (`expire`) finishes them. One run per group
        buy in this process; another process finishing it too writes no order twice (a unique key)."""
        if group_buy_id in self._finishing:
            return []
        self._finishing.add(group_buy_id)
        replies: list[Reply] = []
        try:
            while True:
                async with self.uow_factory() as uow:
                    now = self.clock.now()
                    window = self.config.attribution_window
                    batch = await service.continue_orders(
                        uow, group_buy_id=group_buy_id, now=now, attribution_window=window
                    )
                    if batch is None:
                        break
                    written = await self._order_replies(uow, batch.group_buy, batch.orders, request)
                    await self.queue(uow, written, request, now)
                    await uow.commit()
                    events = uow.collect_events()
                self.queued()
                await self._publish(events)
                replies += written
                if batch.done:
                    break
        except Exception:
            log.exception(
                "the orders of group buy %s stopped half-way; the deadline sweep finishes them", group_buy_id
            )
        finally:
            self._finishing.discard(group_buy_id)
        return fit(replies)

    async def _order_replies(
        self, uow: UnitOfWork, group_buy: GroupBuy, orders: Sequence[Order], request: Request | None
    ) -> list[Reply]:
        """A batch's order messages, as the close's own (handlers.group_buys.close): each in the buyer's
        own language when known, else the language of the group they joined in."""
        chat = await card_language(uow, group_buy, self.memo)
        platform = request.platform if request is not None else self.config.outbox_platform
        langs = await order_languages(uow, platform, group_buy, orders, self.memo)
        listed = await listings_service.own_pickups(uow, group_buy)  # 帮卖: a group's own pickup
        return cards.order_replies(
            group_buy, orders, lang=chat, tz=self.tz, config=self.config, buyer_langs=langs, listed=listed
        )

    # -- the scheduler's side ------------------------------------------------------------------------------
    async def expire(self, group_buy_id: int) -> list[Reply]:
        """Close a group buy at its deadline; [] when it is not due or already closed (idempotent). A
        close whose orders are still pending (a crash between batches: `claim_deadlines` finds it) is
        finished here."""
        try:
            async with self.uow_factory() as uow:
                closing = await service.expire(
                    uow,
                    group_buy_id=group_buy_id,
                    now=self.clock.now(),
                    attribution_window=self.config.attribution_window,
                )
                if closing is not None:
                    lang = await card_language(uow, closing.group_buy, self.memo)
                    buyer_langs = await order_languages(  # each in its buyer's language, else its group's
                        uow, self.config.outbox_platform, closing.group_buy, closing.orders, self.memo
                    )
                    listed = await listings_service.own_pickups(
                        uow, closing.group_buy
                    )  # 帮卖: its own pickup
                    replies = cards.closing_replies(
                        closing,
                        lang=lang,
                        tz=self.tz,
                        config=self.config,
                        buyer_langs=buyer_langs,
                        listed=listed,
                    )
                    replies = await helpselling.announce_close(
                        uow, closing, replies, memo=self.memo, config=self.config
                    )
                    # her own setting, else the group's: never her last command's words elsewhere
                    organiser_lang = await organiser_language(
                        uow, closing.group_buy, self.memo, self.config.outbox_platform
                    )
                    groups = await helpselling.close_groups(uow, closing, organiser_lang)  # 帮卖: by group
                    own = await helpselling.own_pickups_said(uow, closing.group_buy, organiser_lang, self.tz)
                    replies += cards.organiser_summary(  # hers privately, as when she closes; failed too
                        closing,
                        lang=organiser_lang,
                        config=self.config,
                        deadline=True,
                        groups=groups,
                        tz=self.tz,
                        last_note=await cards.last_payment_note(uow, closing.group_buy),
                        own_pickups=own,
                    )
                    replies += await helpselling.closed_to_sellers(  # succeeded: each help-seller, hers
                        uow, closing, platform=self.config.outbox_platform, memo=self.memo
                    )
                    replies += called_off.one_each(  # a help-seller who bought: one message
                        await helpselling.called_off_to_sellers(  # failed: each help-seller told
                            uow, closing.group_buy, platform=self.config.outbox_platform, memo=self.memo
                        ),
                        await called_off.to_buyers_outside(  # failed: each buyer told privately too
                            uow,
                            closing.group_buy,
                            platform=self.config.outbox_platform,
                            memo=self.memo,
                            everyone=True,
                        ),
                    )
                    replies += await called_off.to_sharers(  # failed: each sharer, what it means for her
                        uow,
                        closing.group_buy,
                        platform=self.config.outbox_platform,
                        memo=self.memo,
                        now=self.clock.now(),
                        window=self.config.attribution_window,
                    )
                    replies = await waiting.closed_without(
                        uow,
                        closing.group_buy,
                        replies,
                        lang,
                        platform=self.config.outbox_platform,
                        memo=self.memo,
                    )
                    replies = await notes.repriced_cards(uow, replies)  # its notes' cards: closed
                    replies = await helpselling.spread(uow, replies, closing.group_buy.chat_id)
                    replies = await card_copies.refreshed(
                        self.values, replies, platform=self.config.outbox_platform or "", now=self.clock.now()
                    )
                    replies = await note_copies.refreshed(  # notes quoted on request (`笔记 3`): closed too
                        self.values, replies, platform=self.config.outbox_platform or "", now=self.clock.now()
                    )
                    await self.queue(uow, replies, None, self.clock.now())
                    await uow.commit()
                    events = uow.collect_events()
        except DomainError as refusal:  # closed concurrently by its organiser: nothing left to do
            log.info("expire %s refused: %s", group_buy_id, refusal)
            return []
        if closing is None:  # not due, or closed already: orders a crash left pending, if any
            return await self.finish_orders(group_buy_id)
        await just_closed.remember(self.values, closing.group_buy, self.clock.now())  # a bare `+1` soon after
        self.queued()
        await self._publish(events)
        if closing.pending:
            replies += await self.finish_orders(group_buy_id)
        return fit(replies)

    async def open_deadlines(self) -> list[tuple[int, datetime]]:
        async with self.uow_factory() as uow:
            return await uow.group_buys.open_deadlines()

    async def claim_deadlines(self, *, limit: int, lease: timedelta) -> list[int]:
        """Claim up to `limit` due group buys for this worker to `expire`, for `lease` (committed at
        once, so the other workers skip them; a worker that dies leaves them to be claimed again after
        the lease)."""
        now = self.clock.now()
        async with self.uow_factory() as uow:
            claimed = await uow.deadlines.claim_due(now=now, until=now + lease, limit=limit)
            await uow.commit()
        return claimed

    async def next_deadline(self) -> datetime | None:
        """When `claim_deadlines` next finds work (Tuan's clock); None: no group buy is open."""
        async with self.uow_factory() as uow:
            return await uow.deadlines.next_due()

    async def hold_deadline(self, group_buy_id: int, *, delay: timedelta) -> None:
        """Let no worker claim this group buy for `delay` (its close failed: every worker backs off)."""
        async with self.uow_factory() as uow:
            await uow.deadlines.hold(group_buy_id, until=self.clock.now() + delay)
            await uow.commit()


_SAID_MOST = 30  # characters of a message quoted back when it was not done (over the limit)


Answered = Callable[[], Awaitable[list[Reply]]]
"""What is left of an update's work once its commit is durable (`ChatApp.work`): it gives the answer."""


def _given(replies: list[Reply]) -> Answered:
    """Work with nothing left to do after its commit (a refusal, a repeat): its answer as it is."""

    async def given() -> list[Reply]:
        return replies

    return given


def _said(request: Request, command: Command) -> str:
    """The message as typed, on one line and cut to `_SAID_MOST` characters, to say what was not done (a
    tap, where it counts, by its command's word)."""
    said = " ".join(clean_text(request.text).split()) or command.word or command.name
    return said if len(said) <= _SAID_MOST else said[: _SAID_MOST - 1] + "…"


def _with_clean_name(request: Request) -> Request:
    """The sender's name without invisible characters (a U+202E in a nickname reorders every card line
    after it); a name with nothing visible left is shown as the member's id."""
    name = clean_text(request.display_name)
    if name == request.display_name:
        return request
    return replace(request, display_name=name or request.user_id)


_SOLD_OUT = frozenset(
    {
        "sold_out",
        "sold_out_waitlist",
        "sold_out_waitlist_at",
        "sold_out_already_waiting",  # `+1 #2` from one already waiting: her place in its queue
        "sold_out_held_all",  # `+1 #8` from one holding all of it: nothing to wait for
        "sold_out_held_by_friend",  # `+1` from one whose friend's line holds all of it
        "sold_out_waitlist_option",
        "sold_out_waitlist_option_at",
        "sold_out_waitlist_for",  # a friend's line (`+1 for my mum`): the wait is on her own
        "sold_out_waitlist_at_for",
        "sold_out_waitlist_option_for",
        "sold_out_waitlist_option_at_for",
        "sold_out_whole_waitlist_option",  # an option's join with every option gone
        "sold_out_whole_waitlist_option_at",
        "sold_out_whole_waitlist_option_for",
        "sold_out_whole_waitlist_option_at_for",
        "sold_out_shared_waitlist_option",  # an option's join with the stock the options share gone
        "sold_out_shared_waitlist_option_at",
        "sold_out_shared_waitlist_option_for",
        "sold_out_shared_waitlist_option_at_for",
        "sold_out_options_waitlist",  # a join naming no option, all gone: a wait naming one
        "sold_out_options_waitlist_at",
        "sold_out_holding",  # `+1 CODE` from one holding a line: what she holds, then the wait
        "option_sold_out",
        "options_sold_out",
        "sold_out_all",  # every one open here 🈵 (a bare `+1` among several)
        "sold_out_all_for",
    }
)

# A join's refusals a flash sale's pile-in gets by the thousand: answered, the sender not recorded (her next
# command does); any other refusal of a join (closed, a bad count) records her as in the chat
_FLOODED = _SOLD_OUT | {
    "not_enough_stock",
    "not_enough_stock_for",
    "option_not_enough",
    "option_not_enough_for",
}


def _named(replies: list[Reply], name: str, lang: str) -> list[Reply]:
    """A refusal in a group that several members get in a row (sold out): each starting with the name
    of the member it answers, as join answers do (`Abe：抱歉，阳光玫瑰 已经卖完了…`)."""
    if not name:
        return replies
    return [
        replace(reply, text=t(lang, "answer_named", name=name, text=reply.text)) if reply.text else reply
        for reply in replies
    ]


def _refusal_replies(
    refusal: DomainError,
    command: Command,
    lang: str,
    *,
    private: bool,
    stale: str = "button_stale",
    typed: str = "",
) -> list[Reply]:
    """One message saying what was wrong (a toast for a button tap); unknown codes get the generic text.
    `stale`: the text's key for a tap on a group buy that is gone (the platform's: handlers.no_buttons)."""
    if not has(refusal.code):
        log.error("no message for refusal %s", refusal)
        return [Reply(text=t(lang, "unexpected_error"), language=lang)]
    if not command.tap:
        text = which_text(lang, refusal, command, private=private, typed=typed)
        return [Reply(text=text, language=lang)]
    if refusal.code in _STALE:
        return [Reply(toast=t(lang, stale), language=lang)]
    toast = which_text(lang, refusal, command)
    if len(toast) > TOAST_LIMIT:
        toast = toast[: TOAST_LIMIT - 1] + "…"
    replies = [Reply(toast=toast, language=lang)]
    if refusal.code == "group_buy_closed" and command.group_buy_id is not None:
        replies.insert(0, Reply(card_of=command.group_buy_id))
    return replies


async def _hers_made_elsewhere(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`/ipaid 1-5` in a group naming an order of hers made in another group (a help-selling group's
    order of a group buy that runs here): where it was made, to send it there or privately; None
    otherwise (not hers, not found, or in private)."""
    if ctx.is_private:
        return None
    typed = str(refusal.params.get("order") or "").lstrip("#")
    for order in await ctx.uow.orders.for_buyer(ctx.request.user_id):
        if order.seq and order.number == typed and order.chat_id and order.chat_id != ctx.request.chat_id:
            group_buy = await ctx.uow.group_buys.get(order.group_buy_id)
            if group_buy is None:
                return None
            chat = await chat_label(ctx.uow, order.chat_id)
            title = group_buy.terms.title
            return DomainError("order_in_other_chat", order=typed, id=group_buy.id, title=title, chat=chat)
    return None


async def _her_one_unpaid(ctx: Context) -> str | None:
    """The number of the sender's one unpaid order here (in private: anywhere); None with none or several.
    For `/ipaid` one she reported already is none of them: never suggested again (rep67 #9)."""
    private, here = ctx.is_private, ctx.request.chat_id
    reporting = ctx.command.name == "ipaid"
    unpaid = [
        order
        for order in await ctx.uow.orders.for_buyer(ctx.request.user_id)
        if order.status is OrderStatus.PENDING_PAYMENT
        and order.seq
        and (private or order.chat_id == here)
        and not (reporting and is_reported(order))
    ]
    return unpaid[0].number if len(unpaid) == 1 else None


def _add_by_a_buyer(command: Command, refusal: DomainError) -> DomainError:
    """`代报 王阿姨 2`, `代报 #1 王阿姨 2` in private from one who does not run it (s39 closing): only its
    organiser adds, and what she can do instead, in her words: `+2 帮 王阿姨` in the group."""
    try:
        words = parse_add(command.rest)
    except DomainError:
        words = None
    name = words.name.lstrip("@＠") if words is not None else ""
    quantity = words.quantity if words is not None and words.quantity else 1
    if refusal.code == "group_buy_not_found":  # `代报 #1 …`, #1 not hers (or none)
        number = refusal.params.get("id")
        if name:
            return DomainError("add_not_yours_in_private", id=number, name=name, quantity=quantity)
        return DomainError("add_not_yours_in_private_any", id=number)
    typed = refusal.params.get("command")
    if name:
        return DomainError("organiser_only_none_add", command=typed, name=name, quantity=quantity)
    return DomainError("organiser_only_none_add_any", command=typed)


async def _remind_by_a_buyer(ctx: Context, typed_command: str) -> DomainError:
    """`/remind`, `催款` in private from one who organised nothing (rep94 #5): only an organiser reminds;
    her own newest unpaid order and how to say she paid it (`/ipaid 1-3`), else where her orders are."""
    unpaid = [
        order
        for order in await ctx.uow.orders.for_buyer(ctx.request.user_id)
        if order.status is OrderStatus.PENDING_PAYMENT
    ]
    if unpaid:
        return DomainError("organiser_only_none_remind", command=typed_command, order=unpaid[0].number)
    return DomainError("organiser_only_none_remind_orders", command=typed_command)


async def _anothers_order(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`/ipaid 1-4` in private naming another buyer's order (rep67 #9): it exists, so not "no order #1-4
    here" but that it is not hers (`report_not_yours`, then her own named if she has one); None when
    there is no such order."""
    typed = str(refusal.params.get("order") or "")
    head, _, tail = typed.lstrip("#").partition("-")
    if not head.isdigit() or not tail.isdigit() or len(head) > 9 or len(tail) > 9:
        return None
    found = await ctx.uow.orders.by_number(int(head), int(tail))
    order = None if found is None else await ctx.uow.orders.get(found)
    if order is None or order.buyer_id == ctx.request.user_id:
        return None
    return DomainError("report_not_yours", order=order.number)


async def _not_hers_but_hers_named(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`/ipaid 1-4` naming another buyer's order, from a member with one unpaid order of her own here
    (rep64 #8): that order named with the command to send, as a number that is no order gets it
    (`_her_only_order`); None otherwise (`report_not_yours` as it is, pointing at /orders)."""
    own = await _her_one_unpaid(ctx)
    if own is None or own == str(refusal.params.get("order", "")):
        return None
    return DomainError("report_not_yours_own", order=refusal.params.get("order", ""), own=own)


async def _her_only_order(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`我已付款 10-1` (`/pay 2-1`) naming no order of hers here, from a member with exactly one unpaid order
    here (in private: anywhere): that order, named with the command to send (`你在这里的订单是 #10-3：发
    我已付款 10-3`); None otherwise (the refusal's own example)."""
    private = ctx.is_private
    found = await _her_one_unpaid(ctx)
    if found is None:
        return None
    order, own = refusal.params.get("order", ""), found
    if ctx.command.name == "pay":
        if private:
            return DomainError("order_not_found_pay_own_private", order=order, own=own)
        return DomainError("order_not_found_pay_own", order=order, own=own)
    if private:
        return DomainError("order_not_found_ipaid_own_private", order=order, own=own)
    return DomainError("order_not_found_ipaid_own", order=order, own=own)


async def _found_elsewhere(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`/paid 5-4`, `+1 #8` in a group that is not the one #5 (#8) runs in: where it is, when the sender
    may know (its organiser, or a member of that group, unless this group help-sells it: there another
    group's order stays unknown to all but the organiser); None otherwise (the refusal as it is)."""
    if refusal.code == "order_not_found":  # `12-3`; a bare `100` may be an amount (`paid 100`)
        order = str(refusal.params.get("order") or "")
        number = order.partition("-")[0] if "-" in order else ""
    else:
        number = str(refusal.params.get("id") or "")
    if not number.isdigit() or len(number) > 9:
        return None
    group_buy = await ctx.uow.group_buys.get(int(number))
    if group_buy is None or group_buy.chat_id == ctx.request.chat_id:
        return None
    user = ctx.request.user_id
    if ctx.command.name in _HERS_PLACED and refusal.code == "group_buy_not_found":  # `/cancel #4`: hers only
        if group_buy.organiser_id != user:
            return None
        chat = await chat_label(ctx.uow, group_buy.chat_id)
        return DomainError(
            "own_group_buy_in_other_chat", id=group_buy.id, title=group_buy.terms.title, chat=chat
        )
    if group_buy.organiser_id != user and not await ctx.uow.edits.member_of(
        group_buy.chat_id, identity(ctx.request.platform, user)
    ):
        return None
    if group_buy.organiser_id != user and await ctx.uow.listings.in_chat(int(number), ctx.request.chat_id):
        return None  # a group help-selling it: another group's order stays unknown there (rep97 #3)
    chat = await chat_label(ctx.uow, group_buy.chat_id)
    title = group_buy.terms.title
    if refusal.code == "order_not_found":
        typed = str(refusal.params.get("order") or "")
        return DomainError("order_in_other_chat", order=typed, id=group_buy.id, title=title, chat=chat)
    return DomainError("group_buy_in_other_chat", id=group_buy.id, title=title, chat=chat)


async def _joined_not_closed(ctx: Context, refusal: DomainError) -> DomainError | None:
    """`已收 @Bob` while Bob is on the list of a group buy still open here (no order yet): that he has
    joined it and orders are made at the close, to send 已收 then; None when he is on none."""
    member = str(refusal.params.get("member") or "")
    if not member:
        return None
    for group_buy in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):
        assert group_buy.id is not None
        if any(line.quantity for line in await ctx.uow.group_buys.lines_of(group_buy.id, member)):
            name = str(refusal.params.get("name") or "") or member
            return DomainError("paid_before_close", name=name, id=group_buy.id, title=group_buy.terms.title)
    return None


def _untangle(refusal: BaseException) -> None:
    """Drop the tracebacks of a refusal about to be answered, and of what it was raised from: each holds
    the frames it passed through, whose locals hold the refusal again (`raise offer from refusal`), a
    cycle only the garbage collector frees, with every context and group buy those frames held (a
    flash sale's sold-out `+1`s left twenty objects each for it). The answer reads only its code and
    params."""
    seen: set[int] = set()
    error: BaseException | None = refusal
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        error.__traceback__ = None
        error = error.__cause__ or error.__context__


def _back_named(lang: str, group_buys: Sequence[GroupBuy]) -> str:
    """`芒果（#1）、砂糖橘（#2）`: group buys as the bot's removal and return notices name them."""
    return t(lang, "bot_removed_separator").join(
        t(lang, "bot_removed_item", title=group_buy.terms.title, id=group_buy.id) for group_buy in group_buys
    )


def _cards_anew(chat_id: str, keys: Sequence[int]) -> list[Reply]:
    """The cards (`Reply.card_of` keys) to post anew in `chat_id`, below a line saying why."""
    return [Reply(card_of=key, new_card=True, chat_id=chat_id) for key in keys]

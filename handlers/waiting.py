"""The waiting list in the chat (候补): `候补 2` / `/waitlist 2`, `取消候补` / `/unwait`, the card's Wait
button, and what the chat is told when waiting members move in or the group buy closes without them.

Moving in is announced in the group, mentioning who moved in (WeChat @-mentions them; Telegram names
them), in the chat's language: they owe money now, so they must hear it where they waited. The members
still waiting when a group buy closes are named in one line of its closing message (no extra message
against the platforms' per-group limits), and each is told once, privately, that the wait did not get in.

With options (多规格) a member waits for an option: `候补 5斤 2` / `/wait 5kg 2`, the card's `候补 5斤`
button of a sold-out option, `取消候补 5斤` (bare: every option's); a sold-out `+1 5斤` offers it, the
card shows each option's queue, and the names read `Dan 5斤 ×2`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, GroupBuyStatus, option_key
from commerce.domain.member import identity
from commerce.domain.order import Order, OrderStatus, option_of_line
from commerce.domain.sharing import card_signature
from commerce.domain.units import OTHER_COUNT_WORDS, same_unit, unit_key
from commerce.domain.waiting import WaitingEntry
from commerce.ports import UnitOfWork
from commerce.services import group_buys
from commerce.services import waiting as service
from commerce.services.waiting import Dropped, Promotion
from commerce.state import Json
from handlers import closed_rounds, last_opened, sharing
from handlers.called_off import with_reason
from handlers.cards import card_update
from handlers.context import Context, card_language, language_in
from handlers.members import steady_languages
from handlers.memo import LanguageMemo
from handlers.parsing.commands import Command
from handlers.parsing.joins import amount_word, measure
from handlers.texts import t
from handlers.texts import units as unit_texts
from handlers.their_groups import their_chat
from handlers.types import Reply

MAX_NAMED = 20  # members a message names; the others are counted
MAX_NAME = 32
OFFERED_FOR = timedelta(minutes=10)  # a bare `候补` soon after "sold out: send 候补 …" means that one
_DIGIT = re.compile(r"\d")  # `候补 2 5斤`: an option (多规格) after the quantity, not its unit
# `候补 1.5`, `候补 半`, `/wait half`: no whole number, no unit word
_PART = re.compile(r"^(?:(?P<whole>\d+)\s*[.．]\s*\d+|半\s*份?|half)$", re.IGNORECASE)
# `候补 2条`, `/wait 2 dozen`: a count word no group buy sold by the 份 counts (commerce.domain.units)
_COUNTED = re.compile(r"^(?P<n>\d+)\s*(?P<unit>\S+)$")
# the wait's own word as typed: `/waitlist 4` is told `/waitlist 1`, `/wait 4` `/wait 1`, `排队候补 4`
# `排队候补 1`
_WAIT_WORD = re.compile(
    r"^\s*(?:/(?P<slash>waitlist|wait)(?![A-Za-z_])|(?P<zh>排队候补|候补))", re.IGNORECASE
)

log = logging.getLogger(__name__)
_Told = TypeVar("_Told", Promotion, Dropped)  # a wait moved in or dropped, told in the chat it was made in


async def wait(ctx: Context) -> list[Reply]:
    """候补 / `/waitlist` / the Wait button: queue for units of a sold-out group buy (a bare `候补 2`
    right after a join was told it sold out: that one, `remember_offer`). `排队 小盒` (`option_only`) is
    talk unless an option of a group buy open here is so called."""
    if ctx.command.option_only and not await _option_here(ctx):
        return []  # `排队好久`: talk
    if ctx.command.friend:  # `候补 1 帮 妈妈`: the queue keeps her own line only; the wait to send
        raise _not_for_friend(ctx.command)
    await _through_opened(ctx)
    command = ctx.command = await _as_offered(ctx)
    places = await _places_told(ctx)
    if places is not None:  # a bare `候补` from one waiting already: her place(s), nothing changed
        return places
    word = await _wait_word(ctx)
    converted = ""  # `候补 2斤` on one sold per 公斤: `2斤`, said `2斤 = 1公斤` as a join's is
    try:
        waiting = await _queue_hers(ctx)
        command = ctx.command
    except DomainError as refusal:
        step = await closed_rounds.next_step(ctx, refusal, command.quantity or 1)
        if step is not None:  # `候补` once it closed: its next round, else to ask its organiser for one
            raise step from refusal
        in_its_unit, converted = await _in_its_unit(ctx, refusal, command, word)
        if in_its_unit:  # `候补 2斤` on one sold per 斤: 2 of it
            command = ctx.command = replace(command, quantity=in_its_unit, option="")
        elif not _names_the_product(refusal, command.option):
            raise await _in_whole_portions(ctx, refusal, command, word) or _about_waiting(
                refusal, command, word
            ) from refusal
        waiting = None  # `候补 5斤 3` where `芒果 5斤` has no options: its own weight, 3 of it
    if waiting is None:
        try:
            waiting = await _queue(ctx, "")  # nothing was written: the refusal came before
        except DomainError as refusal:
            raise _about_waiting(refusal, replace(command, option=""), word) from refusal
    group_buy, entry = waiting.group_buy, waiting.entry
    await _mark_waiting(ctx, group_buy.id)  # her `+1` of it while sold out: told she waits already
    lang = await ctx.lang(group_buy)
    units = unit_texts.more(lang, entry.quantity, group_buy.terms.unit)  # `2 份`, sold per 斤 `2斤`
    told: list[Reply] = []  # the group's `🎉 候补补上了 …`, when a wait moved in
    if waiting.promoted:  # what was free fits her wait (nobody ahead fitting it): she is in at once
        told = await moved_in(ctx.uow, group_buy, waiting.promoted, ctx.memo, ctx.request.platform)
        hers = next((p for p in waiting.promoted if p.entry.user_id == ctx.request.user_id), None)
        if command.tap and hers is not None:  # the Wait button: her toast says she is in (as the text does)
            title = _title(group_buy, hers.entry.option)
            items = unit_texts.items(lang, hers.entry.quantity, title, group_buy.terms.unit)
            toast = t(lang, "toast_waitlist_moved_in", items=items, id=group_buy.id)
            return [*told, card_update(group_buy), Reply(toast=toast, language=lang)]
        if not command.tap:
            return [*told, card_update(group_buy)]
    if command.tap:  # others moved in, not she: her place, beside the group's message
        toast = t(lang, "toast_waiting", position=waiting.position, quantity=units)
        if entry.option:
            toast = t(
                lang,
                "toast_waiting_option",
                position=waiting.position,
                quantity=entry.quantity,
                option=entry.option,
            )
        return [*told, card_update(group_buy), Reply(toast=toast, language=lang)]
    said = "waitlist_changed" if waiting.already else "waitlist_joined"
    if waiting.unchanged:  # the same wait again: nothing changed, her place (rep81 #8)
        said = "waitlist_unchanged"
    elif ctx.is_private and not waiting.already:  # by a share code's card: who moves in is told privately
        said = "waitlist_joined_private"
    text = t(
        lang,
        said,
        name=ctx.request.display_name,
        title=_title(group_buy, entry.option),
        id=group_buy.id,
        quantity=units,
        position=waiting.position,
    )
    if converted:  # `2斤 = 1公斤。` first: the wait's text ends in the form to stop waiting
        said = t(lang, "join_converted", typed=converted, quantity=units)
        text = t(lang, "two_sentences", first=said, second=text)
    return [Reply(text=text, language=lang), card_update(group_buy)]


def _not_for_friend(command: Command) -> DomainError:
    """A wait for a friend (`候补 1 帮 妈妈`): the waiting list keeps the member's own line only; the wait
    she can send (`候补 #2 小盒 1`), nothing changed."""
    at = f" #{command.group_buy_id}" if command.group_buy_id is not None else ""
    option = f" {command.option}" if command.option else ""
    return DomainError(
        "waitlist_not_for_friend", friend=command.friend, at=at + option, quantity=command.quantity or 1
    )


async def _places_told(ctx: Context) -> list[Reply] | None:
    """A bare `候补` / `/waitlist` (no number, quantity or option) from one waiting already for a group
    buy open here: where she stands in each queue she is in, nothing changed (rep96 #4: it added a wait
    for another option, or another group buy, she never asked for); None when she waits for none."""
    command = ctx.command
    if command.tap or command.quantity is not None or command.group_buy_id is not None:
        return None
    if command.option or command.option_index or command.signature:
        return None
    places = await places_among(ctx, await ctx.uow.group_buys.open_in_chat(await sharing.chat_of(ctx)))
    if not places:
        return None
    lines: list[str] = []
    lang = ""
    for group_buy, entry, position in places:
        lang = lang or await ctx.lang(group_buy)
        text = t(
            lang,
            "waitlist_unchanged",
            name=ctx.request.display_name,
            title=_title(group_buy, entry.option),
            id=group_buy.id,
            quantity=unit_texts.more(lang, entry.quantity, group_buy.terms.unit),
            position=position,
        )
        lines.append(text)
    return [Reply(text="\n".join(lines), language=lang)]


async def places_among(
    ctx: Context, group_buys: Sequence[GroupBuy]
) -> list[tuple[GroupBuy, WaitingEntry, int]]:
    """The member's waits among `group_buys`, each with its place in the queue, in their order (an
    option's waits in the queue's order); empty when she waits for none of them."""
    ids = [group_buy.id for group_buy in group_buys if group_buy.id is not None]
    mine = await ctx.uow.waiting.waiting_among(ids, ctx.request.user_id) if ids else set()
    places: list[tuple[GroupBuy, WaitingEntry, int]] = []
    for group_buy in group_buys:
        if group_buy.id not in mine:
            continue
        for entry in await ctx.uow.waiting.queue(group_buy.id):
            if entry.user_id == ctx.request.user_id:
                places.append((group_buy, entry, await ctx.uow.waiting.position(entry)))
    return places


async def _option_here(ctx: Context) -> bool:
    """Whether the word of `排队 小盒` is the name of an option of a group buy open here (the one its
    `#2` names)."""
    command = ctx.command
    word = command.option
    for group_buy in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):
        if command.group_buy_id is not None and group_buy.id != command.group_buy_id:
            continue
        if group_buy.option_named(word) is not None:
            return True
    return False


async def _queue_hers(ctx: Context) -> service.Waiting:
    """The wait as typed; naming no option of one she waits for an option of (`候补 1` waiting for
    large), for that option (`ctx.command` then names it)."""
    try:
        return await _queue(ctx, ctx.command.option)
    except DomainError as refusal:
        hers = await _option_waited(ctx, refusal)
        if hers is None:
            raise
        ctx.command = replace(ctx.command, option=hers)
        return await _queue(ctx, hers)


async def _option_waited(ctx: Context, refusal: DomainError) -> str | None:
    """`候补 1`, `/waitlist` naming no option of a group buy with options from one waiting for one of
    them (`option_which`): that option, so she is told her place (or her quantity changed) as when she
    names it, never asked which nor offered another (rep84 #3, #8); None: she waits for none of it."""
    number = refusal.params.get("id")
    if refusal.code != "option_which" or not isinstance(number, int) or ctx.values is None:
        return None
    if not await _marked_waiting(ctx, number):
        return None
    group_buy = await ctx.uow.group_buys.get(number)
    entry = None if group_buy is None else await waiting_entry(ctx, group_buy, "")
    return None if entry is None else entry.option


async def _through_opened(ctx: Context) -> None:
    """A wait typed in a private chat (`/waitlist #2 large 1`, `候补 1`) where the member opened that group
    buy's card lately (its share code: `handlers.last_opened`) waits for it as the card's Wait would,
    in the group the card is of (帮卖: the listing's): the wait its sold-out answer there offered works
    where it was offered (rep82 #2). One naming an open group buy of her groups (`their_chat`) waits in
    that group. Any other (none of hers, none named with none opened): refused as before."""
    command = ctx.command
    if not ctx.is_private or command.tap or command.signature:
        return
    opened = await last_opened.recall(ctx)
    if opened is not None and command.group_buy_id in (None, opened.group_buy_id):
        group_buy_id, listing_id = opened.group_buy_id, opened.listing_id
    elif command.group_buy_id is not None:  # `候补 #2 1`: one of her groups' (帮卖: the listing's there)
        found = await ctx.uow.group_buys.get(command.group_buy_id)
        chat = None if found is None or not found.is_open else await their_chat(ctx, found)
        if found is None or found.id is None or chat is None:
            return  # none of hers: refused as before, naming no group
        group_buy_id, listing_id = found.id, None
        if chat != found.chat_id:
            listing = next(
                (li for li in await ctx.uow.listings.of_group_buy(found.id) if li.chat_id == chat), None
            )
            listing_id = None if listing is None else listing.id
    else:
        return
    secret = ctx.config.payment_secret
    signature = card_signature(group_buy_id, ctx.request.user_id, secret, listing_id=listing_id)
    ctx.command = replace(command, group_buy_id=group_buy_id, signature=signature)


async def _wait_word(ctx: Context) -> str:
    """The word a wait's examples are written with: the one typed (`/waitlist`, `/wait`, `候补`, `排队候补`),
    else (the Wait button) the answer's language's: `/wait`, `候补`."""
    typed = _WAIT_WORD.match(ctx.request.text or "")
    if typed is not None:
        return f"/{typed.group('slash').lower()}" if typed.group("slash") else typed.group("zh")
    return "/wait" if await ctx.lang() == "en" else "候补"


def _offered_key(ctx: Context) -> str:
    return f"wait_offered:{ctx.request.platform}:{ctx.request.chat_id}:{ctx.request.user_id}"


async def remember_offer(ctx: Context, refusal: DomainError) -> None:
    """A join refused as sold out, answered with how to wait: remember which group buy (and option) for
    `OFFERED_FOR`, so a bare `候补 2` then waits for it, whatever else is open (in a private chat, by a
    share code, `+1 large 2-USN7`: its option, as in the group, rep84 #9)."""
    group_buy_id = refusal.params.get("id")
    if ctx.values is None or not isinstance(group_buy_id, int):
        return
    value: dict[str, Json] = {"id": group_buy_id, "option": str(refusal.params.get("option", ""))}
    try:
        await ctx.values.set(_offered_key(ctx), value, ttl=OFFERED_FOR.total_seconds())
    except Exception:  # the wait then goes to the one sold out, or asks which
        log.warning("could not remember the wait offered to %s", ctx.request.user_id, exc_info=True)


async def _as_offered(ctx: Context) -> Command:
    """The command, naming the group buy (and option) the member was just told sold out when it names
    neither and that one is still open; else as typed."""
    command = ctx.command
    if ctx.values is None or command.tap or command.option_index or command.option:
        return command
    if ctx.is_private:  # the group buy opened there (`_through_opened`): the option its offer named
        offered = await remembered_open(ctx, _offered_key(ctx), "the wait offered")
        option = offered[1].get("option") if offered is not None else None
        if offered is None or not option or not isinstance(option, str):
            return command
        return replace(command, option=option) if command.group_buy_id == offered[0].id else command
    if command.group_buy_id is not None:
        return command
    if len(await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)) < 2:  # no other to tell apart
        return command
    offered = await remembered_open(ctx, _offered_key(ctx), "the wait offered")
    option = offered[1].get("option") if offered is not None else None
    if offered is None or not isinstance(option, str):
        return command
    return replace(command, group_buy_id=offered[0].id, option=option)


async def remembered_open(ctx: Context, key: str, what: str) -> tuple[GroupBuy, dict[str, Json]] | None:
    """(the group buy, the value) kept in the shared state under `key` naming a group buy by its "id",
    when that one is still open; else None (nothing kept, it is closed, or the state could not be read:
    logged as `could not read {what} to …`)."""
    if ctx.values is None:
        return None
    try:
        value = await ctx.values.get(key)
    except Exception:
        log.warning("could not read %s to %s", what, ctx.request.user_id, exc_info=True)
        return None
    group_buy_id = value.get("id") if isinstance(value, dict) else None
    group_buy = await ctx.uow.group_buys.get(group_buy_id) if isinstance(group_buy_id, int) else None
    if group_buy is None or not group_buy.is_open or not isinstance(value, dict):
        return None
    return group_buy, value


async def _queue(ctx: Context, option: str) -> service.Waiting:
    command = ctx.command
    return await service.wait(
        ctx.uow,
        chat_id=await sharing.chat_of(ctx),
        group_buy_id=command.group_buy_id,
        user_id=ctx.request.user_id,
        display_name=ctx.request.display_name,
        quantity=command.quantity,
        now=ctx.now,
        max_per_line=ctx.config.join_limits.max_per_line,
        option=option,
        option_index=command.option_index,
    )


async def _in_its_unit(ctx: Context, refusal: DomainError, command: Command, word: str) -> tuple[int, str]:
    """`候补 2斤`, `候补 2 斤`, `/waitlist 2 kg` where the group buy has no options and is sold per 斤
    (`价格 15元/斤`): the words are the quantity in its unit, as `+2斤` is (2; another weight converts when
    whole, `/waitlist 2kg`: 4); 0 when it is not (another unit, no whole number of its own, a quantity
    typed as well as an amount: `候补 2 5斤`); and the amount as typed when another weight was converted
    (`2 kg`), else ""."""
    if refusal.code != "options_none" or not command.option:
        return 0, ""
    if command.quantity is None:  # `候补 2斤`, or no whole number of a unit: `候补 半斤`, `/wait 0.5kg`
        measured = amount_word(command.option)
    else:  # `候补 2 斤`: the number, then its unit word set apart
        measured = None if _DIGIT.search(command.option) else measure(f"{command.quantity} {command.option}")
    group_buy = await ctx.uow.group_buys.get(int(refusal.params["id"])) if measured is not None else None
    if measured is None or group_buy is None or not group_buy.terms.unit:
        return 0, ""
    if same_unit(measured.unit, group_buy.terms.unit) and not measured.part:
        return measured.quantity, ""
    # another weight, or no whole number of its own (`候补 1斤` per kg, `候补 半斤`, `候补 半打`):
    # converted as a join's is when whole, else refused as `+1斤` is, the example in the wait's form
    # (`要 1 kg 就发 候补 1`); a dozen of one sold per piece as `+半打` is (`要就发 候补 6`); another unit
    # (`候补 2箱` per 斤) as `+2箱` is, never taken for an option's name
    named = f"#{command.group_buy_id} " if command.group_buy_id is not None else ""
    quantity, _, typed = group_buys.in_its_unit(group_buy, measured, sign=f"{word} {named}")
    return quantity, typed


async def _in_whole_portions(
    ctx: Context, refusal: DomainError, command: Command, word: str
) -> DomainError | None:
    """`候补 半斤`, `候补 2斤`, `/wait 0.5kg`, `候补 1.5`, `/wait 2 dozen` on a group buy sold by the 份
    without options: the words are an amount, not an option, so the wait is told that it counts whole
    份 and how to wait (`候补 1`), never that the amount is no option; None for any other word."""
    if refusal.code != "options_none" or not command.option or command.name != "wait":
        return None
    option = " ".join(command.option.split())
    said = [option] if command.quantity is None else [option, f"{command.quantity} {option}"]  # `2 kg`
    read = next((found for found in map(_an_amount, said) if found is not None), None)
    if read is None:
        return None
    typed, n = read
    group_buy = await ctx.uow.group_buys.get(int(refusal.params["id"]))
    if group_buy is None or group_buy.terms.unit:  # sold in a unit: `_in_its_unit` says what it takes
        return None
    return DomainError(
        "waitlist_whole_portions",
        id=group_buy.id,
        title=group_buy.terms.title,
        typed=typed,
        wanted=_args(command, "", command.quantity or max(n, 1)),
        wait=word,
    )


def _an_amount(said: str) -> tuple[str, int] | None:
    """(the words, their whole number) when `said` is an amount rather than an option's name: in a unit
    word (`半斤`, `2斤`, `0.5kg`), no whole number (`1.5`, `半`) or a count word (`2条`, `2 dozen`)."""
    measured = amount_word(said)
    if measured is not None:
        return said, measured.quantity
    part = _PART.match(said)
    if part is not None:
        return said, int(part.group("whole") or 0)
    counted = _COUNTED.match(said)
    if counted is not None and unit_key(counted.group("unit")) in OTHER_COUNT_WORDS:
        return said, int(counted.group("n"))
    return None


def _names_the_product(refusal: DomainError, option: str) -> bool:
    """`候补 5斤 3` where the group buy has no options but its title says `5斤`: the member named what
    is sold (as `+3 5斤` does, a join's note), so the word is not an option; the quantity is the number."""
    if refusal.code != "options_none" or not option:
        return False
    return option_key(option) in option_key(str(refusal.params.get("title", "")))


def _about_waiting(refusal: DomainError, command: Command, word: str) -> DomainError:
    """A refusal of the join rules said for a wait: which option (`候补 5斤`, not `+1 5斤`), a word
    where nothing has options (`候补 7斤 3` for 芒果: what to type instead), and the per-person limit
    or the whole stock as it bears on a wait (how many one may still wait for, and how to write it)."""
    if refusal.code == "options_none" and command.option and command.name == "wait":
        return DomainError(
            "waitlist_no_options",
            id=refusal.params["id"],
            title=refusal.params["title"],
            option=command.option,
            wanted=_args(command, "", command.quantity or 1),
            wait=word,
        )
    if refusal.code == "limit_exceeded":
        said = refusal.params
        limit, have = int(said["limit"]), int(said["have"])
        title = _with_option(str(said["title"]), command.option)
        unit = str(said.get("unit") or "")  # the counts said in it: `每人限购 6斤`
        if have >= limit:
            return DomainError("waitlist_at_limit", title=title, limit=limit, have=have, unit=unit)
        room = limit - have
        wanted = _args(command, command.option, room)
        if not have:
            return DomainError(
                "waitlist_over_limit", title=title, limit=limit, wanted=wanted, unit=unit, wait=word
            )
        return DomainError(
            "waitlist_over_limit_held",
            title=title,
            limit=limit,
            have=have,
            room=room,
            wanted=wanted,
            unit=unit,
            wait=word,
        )
    if refusal.code == "waitlist_over_stock":  # more than there is at all: how many could be waited for
        said = refusal.params
        stock, have, room = int(said["stock"]), int(said["have"]), int(said["room"])
        if room <= 0:
            return DomainError("waitlist_at_stock", title=said["title"], stock=stock, have=have)
        wanted = _args(command, str(said["option"]), room)
        if not have:
            return DomainError(
                "waitlist_over_stock_send", title=said["title"], stock=stock, wanted=wanted, wait=word
            )
        return DomainError(
            "waitlist_over_stock_held",
            title=said["title"],
            stock=stock,
            have=have,
            room=room,
            wanted=wanted,
            wait=word,
        )
    if refusal.code == "option_which":
        said = refusal.params
        return DomainError(
            "waitlist_option_which",
            id=said["id"],
            title=said["title"],
            choices=said["choices"],
            example=_args(command, str(said["example"]), 0),  # `#12 5斤`: the group buy as named
            wait=word,
        )
    if refusal.code == "options_none":
        return DomainError("waitlist_usage")
    if refusal.code == "waitlist_which_sold_out" and command.option:  # the example keeps the option typed
        said = refusal.params  # `/waitlist 1 large` among several: `/waitlist #4 large 1` (rep84 #9)
        return DomainError(
            "waitlist_which_sold_out",
            n=said["n"],
            choices=said["choices"],
            example=f"{said['example']} {command.option}",
            quantity=said["quantity"],
            listed=said.get("listed", []),
        )
    return refusal


def _title(group_buy: GroupBuy, option: str) -> str:
    """`芒果 5斤`: the title with the option waited for (多规格), the title alone without one."""
    return _with_option(group_buy.terms.title, option)


def _with_option(title: str, option: str) -> str:
    return f"{title} {option}" if option else title


def _args(command: Command, option: str, quantity: int) -> str:
    """What to write after `候补` / `/wait` to wait for `quantity` (`#12 5斤 2`: the group buy as named;
    0: no quantity)."""
    parts = [
        f"#{command.group_buy_id}" if command.group_buy_id is not None else "",
        option,
        str(quantity or ""),
    ]
    return " ".join(part for part in parts if part)


async def unwait(ctx: Context) -> list[Reply]:
    """取消候补 / `/unwait` (`取消候补 5斤`: that option's): leave the waiting list (in a private chat, of
    the group buy whose card was opened there lately, as the wait made there)."""
    await _through_opened(ctx)
    try:
        group_buy, removed = await service.unwait(
            ctx.uow,
            chat_id=await sharing.chat_of(ctx),
            group_buy_id=ctx.command.group_buy_id,
            user_id=ctx.request.user_id,
            option=ctx.command.option,
        )
    except DomainError as refusal:
        raise _about_waiting(refusal, ctx.command, await _wait_word(ctx)) from refusal
    lang = await ctx.lang(group_buy)
    options = {entry.option for entry in removed}
    title = _title(group_buy, options.pop() if len(options) == 1 else "")
    text = t(lang, "waitlist_left", name=ctx.request.display_name, title=title, id=group_buy.id)
    return [Reply(text=text, language=lang), card_update(group_buy)]


async def queue_lengths(uow: UnitOfWork, group_buy: GroupBuy) -> Mapping[str, int]:
    """How many wait, by option ("" without options), for the card (no query where nobody can be
    waiting)."""
    return await service.queue_lengths(uow, group_buy)


async def already_waiting(ctx: Context, refusal: DomainError, offer: DomainError) -> None:
    """A join of a sold-out group buy from a member already waiting for it (`+1 #2` after `候补 #2 1`;
    多规格 `+1 小盒` after `候补 小盒 1`, a bare `+1` waiting for any option): told she is in its queue,
    for how many and where, never how to queue; nothing changed."""
    number = refusal.params.get("id")
    if refusal.code not in group_buys.SOLD_OUT or not isinstance(number, int) or ctx.command.friend:
        return
    if ctx.values is None or not await _marked_waiting(ctx, number):  # no read of the queue per refusal
        return
    group_buy = await ctx.uow.group_buys.get(number)
    if group_buy is None:
        return
    entry = await waiting_entry(ctx, group_buy, str(refusal.params.get("option") or ""))
    if entry is None:
        return
    raise (await _already_waiting(ctx, group_buy, entry)) from offer


async def waiting_among_sold_out(ctx: Context, refusal: DomainError, offer: DomainError) -> None:
    """A join naming no group buy while every one open here is sold out (`sold_out_all`) from a member
    waiting for one of them (for the option she names, `+1 large`, else any of it): told her place there,
    never how to queue (rep84 #3); nothing changed. Reads the queue only for those marked hers."""
    ids = refusal.params.get("ids")
    if ctx.values is None or not isinstance(ids, list):
        return
    typed = ctx.command.option or ctx.command.note  # `+1 large` among several: read as its note
    for number in ids:
        if not isinstance(number, int) or not await _marked_waiting(ctx, number):
            continue
        group_buy = await ctx.uow.group_buys.get(number)
        if group_buy is None:
            continue
        named = group_buy.option_named(typed) if typed else None  # a word no option's: any of hers
        entry = await waiting_entry(ctx, group_buy, "" if named is None else named.name)
        if entry is not None:
            raise (await _already_waiting(ctx, group_buy, entry)) from offer


async def waiting_entry(ctx: Context, group_buy: GroupBuy, option: str) -> WaitingEntry | None:
    """The member's place in `group_buy`'s queue: for `option` (多规格), else (none named) for any of
    its options, or without options its own; None: she waits for none of it."""
    assert group_buy.id is not None
    if option or not group_buy.terms.options:
        return await ctx.uow.waiting.get(group_buy.id, ctx.request.user_id, option)
    for each in group_buy.terms.options:
        entry = await ctx.uow.waiting.get(group_buy.id, ctx.request.user_id, each.name)
        if entry is not None:
            return entry
    return None


async def _already_waiting(ctx: Context, group_buy: GroupBuy, entry: WaitingEntry) -> DomainError:
    """`sold_out_already_waiting`: where `entry` stands (`_place`)."""
    title, number, quantity, position = await _place(ctx, group_buy, entry)
    return DomainError(
        "sold_out_already_waiting", title=title, id=number, quantity=quantity, position=position
    )


async def _place(ctx: Context, group_buy: GroupBuy, entry: WaitingEntry) -> tuple[str, int | None, str, int]:
    """Where `entry` stands: its title (with its option), group buy, how many (`候补 1 份`, sold per 斤
    `1斤`) and place in the queue."""
    lang = await ctx.lang(group_buy)
    quantity = unit_texts.more(lang, entry.quantity, group_buy.terms.unit)
    return _title(group_buy, entry.option), group_buy.id, quantity, await ctx.uow.waiting.position(entry)


async def asked_while_waiting(ctx: Context, group_buy: GroupBuy) -> DomainError | None:
    """`还能要一份吗？` of a sold-out group buy from a member waiting for it (any option of it): her place
    in its queue, as her `+1` is told; None when she waits for none of it (the wait is offered)."""
    if group_buy.id is None or ctx.values is None or not await _marked_waiting(ctx, group_buy.id):
        return None
    entry = await waiting_entry(ctx, group_buy, "")
    return None if entry is None else await _already_waiting(ctx, group_buy, entry)


async def leaving_while_waiting(ctx: Context, group_buy: GroupBuy, *, several: bool) -> DomainError | None:
    """`退出`, `-1` from one on no line of `group_buy` but on its waiting list: that she only waits, where,
    and how to stop waiting (`取消候补`, `/unwait #2` with several open), nothing changed; None when she
    waits for none of it. Reads the queue only where the shared state marks her waiting."""
    if group_buy.id is None or ctx.values is None or not await _marked_waiting(ctx, group_buy.id):
        return None
    entry = await waiting_entry(ctx, group_buy, ctx.command.option or "")
    if entry is None:
        return None
    at = f" #{group_buy.id}" if several else ""
    if entry.option:  # her wait for that option only: `/unwait veg`, never every wait of hers
        at = f"{at} {entry.option}"
    title, number, quantity, position = await _place(ctx, group_buy, entry)
    return DomainError(
        "not_joined_waiting", title=title, id=number, quantity=quantity, position=position, at=at
    )


WAITS_KEPT = timedelta(days=30)  # how long a wait is remembered in the shared state (a group buy's life)


def _waits_key(ctx: Context, group_buy_id: int) -> str:
    """Hers for the group buy wherever she waited or asks (rep84 #3: a wait made in her private chat, by
    a share code's card, and her `+1 团5-USN7` there, read in the group's name, are the same wait)."""
    return f"waits:{ctx.request.platform}:{group_buy_id}:{ctx.request.user_id}"


async def _mark_waiting(ctx: Context, group_buy_id: int | None) -> None:
    """Remember in the shared state that the member waits for `group_buy_id`, so a sold-out refusal of
    her join reads the queue only then (`already_waiting`), never on every refusal."""
    if ctx.values is None or group_buy_id is None:
        return
    try:
        await ctx.values.set(_waits_key(ctx, group_buy_id), True, ttl=WAITS_KEPT.total_seconds())
    except Exception:  # her later `+1` is then offered the wait, as before
        log.warning("could not remember the wait of %s", ctx.request.user_id, exc_info=True)


async def _marked_waiting(ctx: Context, group_buy_id: int) -> bool:
    assert ctx.values is not None
    try:
        return bool(await ctx.values.get(_waits_key(ctx, group_buy_id)))
    except Exception:
        log.warning("could not read the wait of %s", ctx.request.user_id, exc_info=True)
        return False


def offer_waiting(
    refusal: DomainError, *, quantity: int, friend: str, group_buy_id: int | None = None
) -> DomainError | None:
    """A join refused because it sold out (an option of it, 多规格) is answered with how to wait instead
    (None: any other refusal). A join that named its group buy (`+1 #3 5kg`) is told a wait that names it
    too (`/wait #3 5kg 1`): with several open, a wait without the number would be asked which. The
    quantity offered is never more than there is at all (`+3` where 2 are all there is: `候补 2`). A
    friend's line (`+1 for my mum`) is told the same wait, said to be on the member's own line (the
    waiting list keeps no friend's)."""
    room = refusal.params.get("room")  # never a wait for more than there is at all
    if isinstance(room, int):
        if room <= 0:  # they hold all there is: nothing to wait for
            return None
        quantity = min(quantity, room)
    title = refusal.params.get("title", "")
    if friend:
        return _offer_for_friend(refusal, quantity=quantity, friend=friend, group_buy_id=group_buy_id)
    if refusal.code == "sold_out" and "example" in refusal.params:  # 多规格, none named: a wait naming one
        example, choices = refusal.params["example"], refusal.params["choices"]
        if group_buy_id is not None:
            return DomainError(
                "sold_out_options_waitlist_at",
                title=title,
                id=group_buy_id,
                example=example,
                choices=choices,
                quantity=quantity,
            )
        return DomainError(
            "sold_out_options_waitlist", title=title, example=example, choices=choices, quantity=quantity
        )
    if refusal.code == "sold_out":
        if group_buy_id is not None:
            return DomainError("sold_out_waitlist_at", title=title, id=group_buy_id, quantity=quantity)
        return DomainError("sold_out_waitlist", title=title, quantity=quantity)
    if refusal.code == "options_sold_out":  # rep80 #8: the stock its options share is gone, not each one
        option = refusal.params["option"]
        if group_buy_id is not None:
            return DomainError(
                "sold_out_shared_waitlist_option_at",
                title=title,
                id=group_buy_id,
                option=option,
                quantity=quantity,
            )
        return DomainError("sold_out_shared_waitlist_option", title=title, option=option, quantity=quantity)
    if refusal.code == "option_sold_out":
        option = refusal.params["option"]
        if _every_option_gone(refusal):  # rep64 #14: never "small is sold out" when large is gone too
            if group_buy_id is not None:
                return DomainError(
                    "sold_out_whole_waitlist_option_at",
                    title=title,
                    id=group_buy_id,
                    option=option,
                    quantity=quantity,
                )
            return DomainError(
                "sold_out_whole_waitlist_option", title=title, option=option, quantity=quantity
            )
        if group_buy_id is not None:
            return DomainError(
                "sold_out_waitlist_option_at", title=title, id=group_buy_id, option=option, quantity=quantity
            )
        return DomainError("sold_out_waitlist_option", title=title, option=option, quantity=quantity)
    return None


def _every_option_gone(refusal: DomainError) -> bool:
    """An option's join refused with nothing of the group buy left at all: each option's own stock taken
    (`option_sold_out` naming no other still to be had; the whole stock taken, `options_sold_out`, is
    said as the stock the options share)."""
    return refusal.code == "options_sold_out" or refusal.params.get("others") == []


def _offer_for_friend(
    refusal: DomainError, *, quantity: int, friend: str, group_buy_id: int | None
) -> DomainError | None:
    """`offer_waiting` for a friend's line (`+1 for my mum`): the same wait, on the member's own line."""
    title = refusal.params.get("title", "")
    if refusal.code == "options_sold_out":  # rep80 #8: the stock its options share is gone
        option = refusal.params["option"]
        if group_buy_id is not None:
            return DomainError(
                "sold_out_shared_waitlist_option_at_for",
                title=title,
                id=group_buy_id,
                option=option,
                quantity=quantity,
                friend=friend,
            )
        return DomainError(
            "sold_out_shared_waitlist_option_for",
            title=title,
            option=option,
            quantity=quantity,
            friend=friend,
        )
    if refusal.code == "sold_out":
        if group_buy_id is not None:
            return DomainError(
                "sold_out_waitlist_at_for", title=title, id=group_buy_id, quantity=quantity, friend=friend
            )
        return DomainError("sold_out_waitlist_for", title=title, quantity=quantity, friend=friend)
    if refusal.code in ("option_sold_out", "options_sold_out"):
        option = refusal.params["option"]
        if _every_option_gone(refusal):
            if group_buy_id is not None:
                return DomainError(
                    "sold_out_whole_waitlist_option_at_for",
                    title=title,
                    id=group_buy_id,
                    option=option,
                    quantity=quantity,
                    friend=friend,
                )
            return DomainError(
                "sold_out_whole_waitlist_option_for",
                title=title,
                option=option,
                quantity=quantity,
                friend=friend,
            )
        if group_buy_id is not None:
            return DomainError(
                "sold_out_waitlist_option_at_for",
                title=title,
                id=group_buy_id,
                option=option,
                quantity=quantity,
                friend=friend,
            )
        return DomainError(
            "sold_out_waitlist_option_for", title=title, option=option, quantity=quantity, friend=friend
        )
    return None


async def moved_in(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    promoted: Sequence[Promotion],
    memo: LanguageMemo,
    platform: str | None = None,
) -> list[Reply]:
    """The group's message naming the waiting members who moved in (none: nothing), mentioning them; 帮卖:
    those who waited in a chat that lists it are told there, in its language. One never seen in that
    chat (she waited from her private chat, by a share code: rep82 #2) is told there too, privately
    (`platform`: the one they are on; None tells nobody privately)."""

    def text(here: list[Promotion], lang: str) -> str:
        names = _names([p.entry for p in here], lang, group_buy.terms.unit)
        said = t(lang, "waitlist_moved_in", title=group_buy.terms.title, id=group_buy.id, names=names)
        return "\n".join([said, *(_cut(group_buy, p, lang) for p in here if p.waited)])

    told = await _told_by_chat(uow, group_buy, promoted, memo, text)
    if platform is None or not promoted:
        return told
    return [*told, *await _moved_in_privately(uow, group_buy, promoted, told, platform)]


async def _moved_in_privately(
    uow: UnitOfWork, group_buy: GroupBuy, promoted: Sequence[Promotion], told: Sequence[Reply], platform: str
) -> list[Reply]:
    """`你候补的 果酱 大（#1）补上了：1 份已经记在你名下…`, privately, to each who moved in and was never
    seen in the chat told of it (one read of that chat's members per move-in), in her steady language,
    else the chat's."""
    chat_of = {user: reply.chat_id for reply in told if reply.chat_id for user in reply.mention}
    outside: list[Promotion] = []
    for chat_id in dict.fromkeys(chat_of.values()):
        assert chat_id is not None
        here = {p.entry.user_id for p in promoted if chat_of.get(p.entry.user_id) == chat_id}
        seen = await uow.edits.members_of(chat_id, {identity(platform, user) for user in here})
        unseen = {user for user in here if identity(platform, user) not in seen}
        outside += [p for p in promoted if p.entry.user_id in unseen]
    if not outside:
        return []
    lang_of = {reply.chat_id: reply.language or group_buy.lang for reply in told}
    langs = await steady_languages(uow, platform, {p.entry.user_id for p in outside}, "")
    replies = []
    for promotion in outside:
        member = promotion.entry.user_id
        lang = langs.get(member) or lang_of.get(chat_of[member]) or group_buy.lang
        quantity = unit_texts.more(lang, promotion.entry.quantity, group_buy.terms.unit)
        title = _title(group_buy, promotion.entry.option)
        text = t(lang, "waitlist_moved_in_private", title=title, id=group_buy.id, quantity=quantity)
        replies.append(Reply(text=text, private_to=member, language=lang))
    return replies


async def _told_by_chat(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    told: Sequence[_Told],
    memo: LanguageMemo,
    text: Callable[[list[_Told], str], str],
) -> list[Reply]:
    """A message to each chat a wait in `told` was made in (the group buy's own, or 帮卖 the chat of the
    listing it was made from): `text` of those made there, in its language, mentioning their members."""
    by_chat: dict[str, list[_Told]] = {}
    for one in told:
        listing_id = one.entry.listing_id
        listing = None if listing_id is None else await uow.listings.get(listing_id)
        by_chat.setdefault(group_buy.chat_id if listing is None else listing.chat_id, []).append(one)
    replies = []
    for chat_id, here in by_chat.items():
        if chat_id == group_buy.chat_id:
            lang = await card_language(uow, group_buy, memo)
        else:
            lang = await language_in(uow, group_buy, chat_id, memo)
        mention = tuple(dict.fromkeys(one.entry.user_id for one in here))
        replies.append(Reply(text=text(here, lang), chat_id=chat_id, mention=mention, language=lang))
    return replies


async def after_edit(ctx: Context, group_buy: GroupBuy) -> list[Reply]:
    """What an organiser's `修改` did to the waiting list, told in the group as a move-in is: waits that
    can never move in any more (the limit or the stock lowered to what their member holds) are dropped,
    their members told why, mentioned; then those the raised stock lets in move in."""
    max_per_line = ctx.config.join_limits.max_per_line
    dropped = await service.drop_unreachable(ctx.uow, group_buy, max_per_line=max_per_line)
    promoted = await service.promote_waiting(ctx.uow, group_buy, now=ctx.now, max_per_line=max_per_line)
    told = await _dropped(ctx.uow, group_buy, dropped, ctx.memo)
    return [*told, *await moved_in(ctx.uow, group_buy, promoted, ctx.memo, ctx.request.platform)]


async def _dropped(
    uow: UnitOfWork, group_buy: GroupBuy, dropped: Sequence[Dropped], memo: LanguageMemo
) -> list[Reply]:
    """The group's message to each member whose wait was dropped (none: nothing), mentioning them; 帮卖:
    one who waited in a chat that lists it is told there, in its language."""

    def text(here: list[Dropped], lang: str) -> str:
        return "\n".join(_why_dropped(group_buy, drop, lang) for drop in here)

    return await _told_by_chat(uow, group_buy, dropped, memo, text)


async def dropped_for_stock_cut(
    ctx: Context, group_buy: GroupBuy, entries: Sequence[WaitingEntry], stock: int
) -> list[Reply]:
    """The group's message to each member taken off the waiting list because the organiser cuts the
    stock below what is taken (`修改 库存 1 确认`, rep102 #1), mentioning them; 帮卖: in the chat each
    waited in, in its language."""
    unit = group_buy.terms.unit

    def text(here: list[Dropped], lang: str) -> str:
        return "\n".join(
            t(
                lang,
                "waitlist_dropped_stock_cut",
                name=_short(drop.entry.display_name),
                title=_title(group_buy, drop.entry.option),
                id=group_buy.id,
                quantity=unit_texts.more(lang, drop.entry.quantity, unit),
                stock=unit_texts.more(lang, stock, unit),
                organiser=group_buy.organiser_name,
            )
            for drop in here
        )

    dropped = [Dropped(entry, 0, stock=stock) for entry in entries]
    return await _told_by_chat(ctx.uow, group_buy, dropped, ctx.memo, text)


def _why_dropped(group_buy: GroupBuy, drop: Dropped, lang: str) -> str:
    """`Dan：你候补 芒果（#1）的 1 份已取消：现在每人限购 2 份，你已经有 2 份了，补不进来了。`"""
    entry, unit = drop.entry, group_buy.terms.unit
    said = {
        "name": _short(entry.display_name),
        "title": _title(group_buy, entry.option),
        "id": group_buy.id,
        "quantity": unit_texts.more(lang, entry.quantity, unit),  # `1 份`, sold per 斤 `1斤`
        "have": unit_texts.more(lang, drop.have, unit),
    }
    if drop.limit is not None:
        return t(lang, "waitlist_dropped_limit", limit=unit_texts.more(lang, drop.limit, unit), **said)
    return t(lang, "waitlist_dropped_stock", stock=unit_texts.more(lang, drop.stock or 0, unit), **said)


def _cut(group_buy: GroupBuy, promotion: Promotion, lang: str) -> str:
    """`Dan：你候补的 3 份只补上了 1 份（限购每人 2 份）。`: a wait cut to what can ever fit, told to its
    member with both numbers and what cut it (the limit, or the whole stock)."""
    entry, unit = promotion.entry, group_buy.terms.unit
    said = {
        "name": _short(entry.display_name),
        "quantity": unit_texts.more(lang, entry.quantity, unit),  # `1 份`, sold per 斤 `1斤`
        "waited": unit_texts.more(lang, promotion.waited or 0, unit),
    }
    if promotion.limit is not None and promotion.friends:  # 限购 counts the lines she signed up for friends
        limit, friends = (
            unit_texts.more(lang, promotion.limit, unit),
            unit_texts.more(lang, promotion.friends, unit),
        )
        return t(lang, "waitlist_moved_in_cut_friends", limit=limit, friends=friends, **said)
    if promotion.limit is not None:
        return t(
            lang, "waitlist_moved_in_cut_limit", limit=unit_texts.more(lang, promotion.limit, unit), **said
        )
    title = _title(group_buy, entry.option)
    stock = unit_texts.more(lang, promotion.stock or 0, unit)
    return t(lang, "waitlist_moved_in_cut_stock", title=title, stock=stock, **said)


async def closed_without(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    replies: list[Reply],
    lang: str,
    *,
    platform: str | None,
    memo: LanguageMemo,
    reason: str = "",
) -> list[Reply]:
    """The closing replies with the members still waiting named in one line of the closing message
    (the group's text about this group buy), and each of them told once, privately, that their wait did
    not get in (`_told_privately`); their entries are removed with the close. Called off, the line says
    their waits end (never "not in this time"), and each reads the organiser's `reason`, as the buyers
    do (rep96 #12)."""
    left_out = await service.close_waiting(uow, group_buy)
    by_chat: dict[str, list[WaitingEntry]] = {}
    for entry in left_out:  # 帮卖: who waited in a group that lists it is named there, never here
        listing = None if entry.listing_id is None else await uow.listings.get(entry.listing_id)
        by_chat.setdefault(group_buy.chat_id if listing is None else listing.chat_id, []).append(entry)
    for chat_id, entries in by_chat.items():
        said = lang if chat_id == group_buy.chat_id else None
        called_off = group_buy.status is GroupBuyStatus.CANCELLED
        replies = _told_in(replies, chat_id, entries, said, group_buy.terms.unit, called_off=called_off)
    return replies + await _told_privately(
        uow, group_buy, by_chat, lang, platform=platform, memo=memo, reason=reason
    )


async def _told_privately(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    by_chat: Mapping[str, Sequence[WaitingEntry]],
    lang: str,
    *,
    platform: str | None,
    memo: LanguageMemo,
    reason: str = "",
) -> list[Reply]:
    """One private message to each member left on the waiting list at the close (`芒果（#1）已截单，你候补的
    2 份这次没有补上。`; called off: that their wait ends), every entry of theirs (多规格: one per option)
    a line of it; in their steady language (`steady_languages`), else the group's they waited in.
    Best effort, as every private notice: a member who never started the bot is not reached."""
    chat_of: dict[str, str] = {}
    entries: dict[str, list[WaitingEntry]] = {}
    for chat_id, waited in by_chat.items():
        for entry in waited:
            chat_of.setdefault(entry.user_id, chat_id)
            entries.setdefault(entry.user_id, []).append(entry)
    if not entries:
        return []
    langs = await steady_languages(uow, platform, entries, "")
    fallbacks: dict[str, str] = {group_buy.chat_id: lang}
    key = (
        "waitlist_called_off_private"
        if group_buy.status is GroupBuyStatus.CANCELLED
        else "waitlist_closed_private"
    )
    told = []
    for member, waited in entries.items():
        said = langs[member]
        if not said:  # 帮卖: the language of the group she waited in, never the organiser's group's
            chat_id = chat_of[member]
            if chat_id not in fallbacks:
                fallbacks[chat_id] = await language_in(uow, group_buy, chat_id, memo)
            said = fallbacks[chat_id]
        text = "\n".join(
            t(
                said,
                key,
                title=_title(group_buy, entry.option),
                id=group_buy.id,
                quantity=unit_texts.more(said, entry.quantity, group_buy.terms.unit),  # `2 份`, `2斤`
            )
            for entry in waited
        )
        if reason and group_buy.status is GroupBuyStatus.CANCELLED:  # why, as its buyers read it
            text = with_reason(text, reason, said)
        told.append(Reply(text=text, private_to=member, language=said))
    return told


def _told_in(
    replies: list[Reply],
    chat_id: str,
    entries: list[WaitingEntry],
    lang: str | None,
    unit: str = "",
    *,
    called_off: bool = False,
) -> list[Reply]:
    """The closing replies with `entries` named in a line of the closing message to `chat_id` (in its
    language: `lang`, else the language that message is in); called off, that their waits end."""
    key = "waitlist_called_off" if called_off else "waitlist_closed"
    for n, reply in enumerate(replies):
        if reply.text and not reply.is_card and not reply.private_to and reply.chat_id == chat_id:
            said = lang or reply.language or "zh"
            line = t(said, key, names=_names(entries, said, unit))
            return [*replies[:n], replace(reply, text=f"{reply.text}\n{line}"), *replies[n + 1 :]]
    said = lang or "zh"
    line = t(said, key, names=_names(entries, said, unit))
    return [*replies, Reply(text=line, chat_id=chat_id, language=said)]


def _names(entries: Sequence[WaitingEntry], lang: str, unit: str = "") -> str:
    """`Ann ×2, Bob 5斤 ×1`: the first `MAX_NAMED`, then how many more."""
    named = t(
        lang, "list_separator"
    ).join(
        t(
            lang,
            "waitlist_member",
            name=_title_of(entry),
            quantity=unit_texts.times(entry.quantity, unit, lang),  # `×2`, `2斤`
        )
        for entry in entries[:MAX_NAMED]
    )
    if len(entries) <= MAX_NAMED:
        return named
    return t(lang, "waitlist_and_more", count=len(entries) - MAX_NAMED, names=named)


def _title_of(entry: WaitingEntry) -> str:
    """`Dan`, or `Dan 5斤` for an entry of an option (多规格)."""
    name = _short(entry.display_name)
    return f"{name} {entry.option}" if entry.option else name


def _short(name: str) -> str:
    name = " ".join(name.split())
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"


async def freed_after_close(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    freed: int,
    lang: str,
    *,
    platform: str | None,
    memo: LanguageMemo,
) -> tuple[list[Reply], str]:
    """Units came free after the close (`freed` by this 取消未付款 or 取消订单): who still waited at the
    close is told once, privately, in their steady language (else the group's they waited in), how many are
    free since the close (every cancelled order's units: one cancelled before told nobody, its units count
    too) and that nobody moves in after a close (the organiser decides: `再开一团`); with the line of the
    organiser's answer naming them (`lang`). Nobody kept (told already, or nobody waited): nothing."""
    if freed <= 0:
        return [], ""
    entries = await service.left_out(uow, group_buy)
    if not entries:
        return [], ""
    assert group_buy.id is not None  # left_out found its entries
    cancelled = [o for o in await uow.orders.for_group_buy(group_buy.id) if o.status is OrderStatus.CANCELLED]
    freed = max(freed, sum(order.quantity for order in cancelled))
    of_option = _freed_by_option(group_buy, cancelled)
    if of_option is not None:  # 多规格: only those who waited for an option that came free (rep96 #2)
        kept = [entry for entry in entries if not of_option.get(entry.option)]
        entries = [entry for entry in entries if of_option.get(entry.option)]
        if kept:  # told once units of theirs come free
            await uow.waiting.keep_left_out(kept)
        if not entries:
            return [], ""
    unit, organiser = group_buy.terms.unit, group_buy.organiser_name
    langs = await steady_languages(uow, platform, [entry.user_id for entry in entries], "")
    fallbacks: dict[str, str] = {group_buy.chat_id: lang}
    theirs: dict[str, list[WaitingEntry]] = {}
    for entry in entries:
        theirs.setdefault(entry.user_id, []).append(entry)
    told = []
    for member, waited in theirs.items():
        said = langs[member]
        if not said:  # 帮卖: the language of the group she waited in
            listing = None if waited[0].listing_id is None else await uow.listings.get(waited[0].listing_id)
            chat_id = group_buy.chat_id if listing is None else listing.chat_id
            if chat_id not in fallbacks:
                fallbacks[chat_id] = await language_in(uow, group_buy, chat_id, memo)
            said = fallbacks[chat_id]
        text = "\n".join(
            t(
                said,
                "waitlist_freed_private",
                title=_title(group_buy, entry.option),
                id=group_buy.id,
                freed=unit_texts.more(said, freed if of_option is None else of_option[entry.option], unit),
                quantity=unit_texts.more(said, entry.quantity, unit),
                organiser=organiser,
            )
            for entry in waited
        )
        told.append(Reply(text=text, private_to=member, language=said))
    line = t(lang, "waitlist_freed_told", names=_names(entries, lang, unit), id=group_buy.id)
    return told, line


def _freed_by_option(group_buy: GroupBuy, cancelled: Sequence[Order]) -> dict[str, int] | None:
    """The units the cancelled orders freed, by option (多规格, read back from their lines); None without
    options (every wait is for the group buy's units)."""
    options = [option.name for option in group_buy.terms.options]
    if not options:
        return None
    freed: dict[str, int] = {}
    for order in cancelled:
        for line in order.lines:
            option = option_of_line(group_buy.terms.title, line, options)
            freed[option] = freed.get(option, 0) + line.quantity
    return freed

"""A pickup changed in part: `/pickup #12 tomorrow 18:00` keeps the place, `/pickup #12 Gate 4` keeps the
time, so an organiser moving the time does not have to retype the place (README: change only the time
or only the place). `/edit #12 pickup Gate 4` reads it the same way (`merged`); the console's edit
form, whose field shows the whole pickup, names it whole.

The group buy keeps the place (`Terms.pickup`) and the time (`Terms.pickup_at`) apart: each reader
reads the time in their own language (handlers.texts.pickup).

An open group buy's pickup time may not come before its deadline (nobody could collect yet): a pickup
time before it is refused, at opening, by `自提` and by `修改 … 自提`, and so is a deadline moved past
the pickup time (`refuse_before_close`). A change of the pickup is told in each group (`news`), and,
after the close, privately to each buyer who has paid, with the code they show (`codes_told`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from commerce.domain.collecting import is_reported
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, Terms
from commerce.domain.guests import is_guest
from commerce.domain.listings import seen_in
from commerce.domain.money import format_money
from commerce.domain.order import OrderStatus
from commerce.domain.reach import Where
from commerce.services import listings as listings_service
from commerce.services.chat_names import chat_label
from commerce.services.pickup import give_code
from handlers.context import Context
from handlers.parsing.pickup import time_without_hour, weekday_moved
from handlers.recipients import order_languages
from handlers.texts import format_datetime, t
from handlers.texts.paying import with_payment_note
from handlers.texts.pickup import pickup_text
from handlers.types import Reply

_APOSTROPHES = re.compile(r"['’‘`´]")
_PUNCTUATION = re.compile(r"[\W_]+")

EARLIER_DEADLINE = timedelta(hours=1)  # the deadline a refused pickup time suggests: this long before it


@dataclass(frozen=True)
class PickupNow:
    """The group buy's pickup as it stands: the place ("" when none) and its time (None when none)."""

    place: str
    at: datetime | None


def pickup_now(group_buy: GroupBuy) -> PickupNow:
    """The place and time of `group_buy`'s pickup."""
    return PickupNow(group_buy.terms.pickup, group_buy.terms.pickup_at)


def merged(
    now_: PickupNow, *, place: str, at: datetime | None, now: datetime, group_buy: GroupBuy
) -> tuple[str, datetime | None]:
    """The new (place, time): the part not named stays as it was (a time already past is not kept);
    only a time, for a group buy with no pickup point yet, is refused with the example."""
    if not place:
        if not now_.place:
            raise DomainError("pickup_place_missing", id=group_buy.id, title=group_buy.terms.title)
        return now_.place, at
    if at is None and now_.at is not None and now_.at > now:
        return place, now_.at
    return place, at


async def refuse_before_close(
    ctx: Context,
    group_buy: GroupBuy,
    *,
    opening: bool = False,
    deadline_moved: bool = False,
    default_deadline: bool = False,
) -> None:
    """Refuse (the unit of work rolls back: nothing changes) when the open group buy's pickup time, as
    just set, comes before its deadline: `pickup_before_deadline` (`_open` at opening), or, when the
    deadline was moved past the pickup time, `deadline_after_pickup`. The example is the first pickup at
    that time after the deadline, as the card writes it (it reads back as typed); a pickup refused also
    gets the one command that keeps it, the deadline moved before it (`ends`: an hour before, else at
    it). The deadline is not moved for her: the 24 hours of a default deadline are on the card too,
    and nothing tells them from a deadline she typed. The refusal also carries the times themselves
    (`deadline_at`, `pickup_at`, `later_at`, `ends_at`) and the `place`, so a reader in another
    language (the console's page) writes them in its own (bot.console.wording)."""
    if not group_buy.pickup_before_close():
        return
    terms, tz = group_buy.terms, ctx.tz
    assert terms.pickup_at is not None
    lang = await ctx.lang(guess=ctx.command.about_group_buy)  # as the refusal is answered (handlers.app)
    deadline_day = group_buy.deadline.astimezone(tz).date()  # that time on the close's day, if after it
    later = datetime.combine(deadline_day, terms.pickup_at.astimezone(tz).time(), tzinfo=tz)
    if later <= group_buy.deadline:  # else the day after (rep100 #2: never a day skipped)
        later = datetime.combine(deadline_day + timedelta(days=1), later.time(), tzinfo=tz)
    gid, title = group_buy.id, terms.title
    deadline = format_datetime(group_buy.deadline, tz, lang)
    pickup = format_datetime(terms.pickup_at, tz, lang)
    example = pickup_text(Terms(title="", unit_price=1, pickup=terms.pickup, pickup_at=later), tz, lang)
    wanted = pickup_text(terms, tz, lang)
    earlier = terms.pickup_at - EARLIER_DEADLINE
    ends_at = earlier if earlier > ctx.now + EARLIER_DEADLINE / 6 else terms.pickup_at
    ends = format_datetime(ends_at, tz, lang)
    deadline_at, pickup_at, place = group_buy.deadline, terms.pickup_at, terms.pickup
    if deadline_moved:
        raise DomainError(
            "deadline_after_pickup",
            id=gid,
            title=title,
            deadline=deadline,
            pickup=pickup,
            example=example,
            deadline_at=deadline_at,
            pickup_at=pickup_at,
            later_at=later,
            ends_at=ends_at,
            place=place,
        )
    here = Where(ctx.request.chat_id, private=ctx.is_private)  # a chat admin: of its own group only
    admin = ctx.request.is_admin and here.admin_counts(group_buy)
    if not opening and not group_buy.may_manage(ctx.request.user_id, is_admin=admin):
        # 帮卖: a help-seller's own group pickup; the deadline is the organiser's to move, not hers
        raise DomainError(
            "pickup_before_deadline_seller",
            id=gid,
            title=title,
            deadline=deadline,
            pickup=pickup,
            example=example,
            organiser=group_buy.organiser_name,
        )
    if opening and default_deadline:  # no `截止` typed: the 24 hours are why, said first
        raise DomainError(
            "pickup_before_default_deadline_open",
            deadline=deadline,
            pickup=pickup,
            example=example,
            ends=ends,
            wanted=wanted,
            deadline_at=deadline_at,
            pickup_at=pickup_at,
            later_at=later,
            ends_at=ends_at,
            place=place,
        )
    if opening:
        raise DomainError(
            "pickup_before_deadline_open",
            deadline=deadline,
            pickup=pickup,
            example=example,
            ends=ends,
            wanted=wanted,
            deadline_at=deadline_at,
            pickup_at=pickup_at,
            later_at=later,
            ends_at=ends_at,
            place=place,
        )
    raise DomainError(
        "pickup_before_deadline",
        id=gid,
        title=title,
        deadline=deadline,
        pickup=pickup,
        example=example,
        ends=ends,
        wanted=wanted,
        deadline_at=deadline_at,
        pickup_at=pickup_at,
        later_at=later,
        ends_at=ends_at,
        place=place,
    )


async def refuse_past_group_pickups(ctx: Context, group_buy: GroupBuy, *, but: Collection[int] = ()) -> None:
    """帮卖: refuse (nothing changes) a deadline moved past the pickup time a help-selling group set of
    its own (`自提 #12 …` there): nobody there could collect before the close. The refusal names the
    group and its pickup time and says what to do: move that group's pickup later first (the example
    as `refuse_before_close`'s, that group's place a day after the deadline's day), or pick an earlier
    deadline. A group's own place without a time of its own follows the group buy's, checked there;
    `but`: the listings whose own pickup the same message sets next (`修改 #12 截止 … 自提 …` sent in
    that group, the console's form with that group's field changed), checked then against the new
    deadline."""
    if not group_buy.is_open or not group_buy.listings:
        return
    for listing in (await listings_service.own_pickups(ctx.uow, group_buy)).values():
        at = listing.pickup_at
        if listing.id in but or at is None or at >= group_buy.deadline:
            continue
        tz = ctx.tz
        lang = await ctx.lang(guess=ctx.command.about_group_buy)
        deadline_day = group_buy.deadline.astimezone(tz).date() + timedelta(days=1)
        later = datetime.combine(deadline_day, at.astimezone(tz).time(), tzinfo=tz)
        place = seen_in(group_buy, listing).terms.pickup
        example = pickup_text(Terms(title="", unit_price=1, pickup=place, pickup_at=later), tz, lang)
        earlier = at - EARLIER_DEADLINE
        raise DomainError(
            "deadline_after_group_pickup",
            id=group_buy.id,
            title=group_buy.terms.title,
            group=await chat_label(ctx.uow, listing.chat_id),
            pickup=format_datetime(at, tz, lang),
            deadline=format_datetime(group_buy.deadline, tz, lang),
            example=example,
            deadline_at=group_buy.deadline,  # the times themselves, for the console's page (as above)
            pickup_at=at,
            later_at=later,
            ends_at=earlier if earlier > ctx.now + EARLIER_DEADLINE / 6 else at,
            place=place,
        )


def weekday_moved_note(ctx: Context, group_buy: GroupBuy, typed: str, lang: str) -> str | None:
    """What the answer says when a weekday pickup was read past the deadline (`周日下午` on a Saturday,
    the close Sunday 20:00: the Sunday a week on): the time typed, the close, the day taken, and the one
    command that gives the day she may have meant (the deadline an hour before it, as a refusal's), so
    the card never shows a date the answer did not state. None when nothing was moved."""
    terms = group_buy.terms
    if not group_buy.is_open or terms.pickup_at is None:
        return None
    found = weekday_moved(typed, now=ctx.now, tz=ctx.tz, after=group_buy.deadline)
    if found is None:
        return None
    said, natural = found
    tz = ctx.tz
    earlier = natural - EARLIER_DEADLINE
    ends_at = earlier if earlier > ctx.now + EARLIER_DEADLINE / 6 else natural
    meant = Terms(title="", unit_price=1, pickup=terms.pickup, pickup_at=natural)
    return t(
        lang,
        "pickup_weekday_moved",
        said=said,
        deadline=format_datetime(group_buy.deadline, tz, lang),
        pickup=format_datetime(terms.pickup_at, tz, lang),
        natural=format_datetime(natural, tz, lang),
        id=group_buy.id,
        ends=format_datetime(ends_at, tz, lang),
        wanted=pickup_text(meant, tz, lang),
    )


def time_note(ctx: Context, group_buy: GroupBuy, typed: str, lang: str) -> str | None:
    """What the answer says of the pickup time typed (at opening, `自提`, `修改 … 自提`): a weekday read
    past the deadline (`weekday_moved_note`), else a day typed with no hour (`北门 周四`), taken as
    20:00 that day (handlers.parsing.when.DEFAULT_HOUR) and said so, with the command giving it an hour:
    `自提时间没写几点，按 12月10日 周四 20:00；要改就发 修改 #3 自提 北门 周四下午3点`. None otherwise."""
    moved = weekday_moved_note(ctx, group_buy, typed, lang)
    if moved is not None:
        return moved
    terms = group_buy.terms
    if terms.pickup_at is None:
        return None
    said = time_without_hour(typed, now=ctx.now, tz=ctx.tz)
    if said is None:
        return None
    hour = t(lang, "pickup_example_hour", day=said)  # `周四下午3点`, `thu 3pm`
    example = f"{terms.pickup} {hour}" if terms.pickup else hour
    at = format_datetime(terms.pickup_at, ctx.tz, lang)
    return t(lang, "pickup_no_hour", at=at, id=group_buy.id, example=example)


def changed(before: Terms, after: Terms) -> bool:
    """Whether the pickup (its place or its time) changed: a place written again in other capitals,
    spacing or punctuation only (`jenny's lobby` → `Jenny's lobby`, `jennys lobby`, `Jenny’s lobby.`) is
    the same place, saved without telling anyone (rep100 #10, rep102 #6: every buyer was told it
    "changed")."""
    return (_as_said(before.pickup), before.pickup_at) != (_as_said(after.pickup), after.pickup_at)


def _as_said(place: str | None) -> str:
    """A place as compared: its words in one width, case and spacing, apostrophes left out (`Jenny's`:
    `jennys`), any other punctuation a space (`Gate 1-2` stays apart from `Gate 12`)."""
    said = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", place or ""))
    return " ".join(_PUNCTUATION.sub(" ", said).split()).casefold()


def same_as_set(before: Terms, place: str, at: datetime | None) -> bool:
    """Whether a `/pickup` sets exactly the pickup it has already, typed the same (rep102 #6: posted to
    the group again): answered that nothing changed, nothing written."""
    return bool(before.pickup) and before.pickup == place and before.pickup_at == at


def news(before: Terms, after: Terms, lang: str, tz: ZoneInfo) -> list[str]:
    """The line a group is told when the pickup changed (none when it did not): the new place and time
    in the group's language, and what it was."""
    if not changed(before, after):
        return []
    was, now = pickup_text(before, tz, lang), pickup_text(after, tz, lang)
    if not now:
        return [t(lang, "edit_pickup_removed", was=was)]
    if not was:
        return [t(lang, "edit_pickup_named", pickup=now)]
    return [t(lang, "edit_pickup_moved", pickup=now, was=was)]


async def codes_told(
    ctx: Context,
    group_buy: GroupBuy,
    before: Terms,
    *,
    chat_id: str | None = None,
    not_chats: Collection[str] = (),
    by: str = "",
) -> list[Reply]:
    """The pickup set or changed after the close: each buyer whose order is not collected yet is told
    privately where and when to collect, one message per buyer: a paid order with the code they show
    there (核销; given now if the order has none), an unpaid one (reported paid or not) that it is still
    to be paid, how, and that the code comes once it is confirmed; in their own language
    (`handlers.recipients.order_languages`), whether or not they are in the group (a share code's buyer
    in private reads no group). A paid buyer's message is `secret` (`told_said` counts them). Not the
    organiser's own order, nor a 代报 guest's (the organiser holds it); nobody when the pickup did not
    change or was removed. `chat_id`: only the orders made in that chat (帮卖: a group's own pickup);
    `not_chats`: none made there (groups with their own); `by`: who set it, named (帮卖: the
    help-seller's own `自提 #5 …`), else the organiser."""
    if group_buy.id is None or not group_buy.terms.pickup or not changed(before, group_buy.terms):
        return []
    waiting = [
        order
        for order in await ctx.uow.orders.for_group_buy(group_buy.id)
        if order.status in (OrderStatus.PAID, OrderStatus.PENDING_PAYMENT)
        and not is_guest(order.buyer_id)
        and order.buyer_id != group_buy.organiser_id
        and (chat_id is None or order.chat_id == chat_id)
        and order.chat_id not in not_chats
    ]
    if not waiting:
        return []
    langs = await order_languages(ctx.uow, ctx.request.platform, group_buy, waiting, ctx.memo)
    said: dict[str, list[str]] = {}
    paid: set[str] = set()
    unreported: set[str] = set()  # buyers with an order not paid nor reported paid
    terms, organiser = group_buy.terms, by or group_buy.organiser_name
    for order in waiting:
        lang = langs[order.buyer_id]
        about = {"organiser": organiser, "order": order.number}
        told = _told(group_buy, before, ctx.tz, lang, organiser)
        if order.status is OrderStatus.PAID:
            code = await give_code(ctx.uow, order)
            text = t(lang, "pickup_code_told", told=told, code=code, **about)
            paid.add(order.buyer_id)
        else:
            total = format_money(order.total, order.currency)
            key = "pickup_reported_told" if is_reported(order) else "pickup_unpaid_told"
            if order.reported_short:  # `我已付款 1-2 10元` owing ¥156: reported ¥10, ¥146 still to pay
                text = t(
                    lang,
                    "pickup_reported_short_told",
                    told=told,
                    total=total,
                    amount=format_money(order.reported_amount, order.currency),
                    gap=format_money(order.reported_short, order.currency),
                    **about,
                )
            elif order.received_part:  # the organiser's 只收到 ¥20: the rest is what she still pays
                text = t(
                    lang,
                    "pickup_received_part_told",
                    told=told,
                    received=format_money(order.received_part, order.currency),
                    gap=format_money(order.total - order.received_part, order.currency),
                    **about,
                )
            else:
                text = t(lang, key, told=told, total=total, **about)
            if key == "pickup_unpaid_told" or order.reported_short:  # how: the organiser's note, else ask her
                # what to send names her order (`我已付款 1-1`), as the close and reminders do; with the
                # organiser's note, "pay as below" and the note's line after it
                ipaid = t(lang, "remind_ipaid_one", order=order.number)
                text += "\n" + with_payment_note(
                    lang, "remind_footer_yours", terms, organiser=group_buy.organiser_name, ipaid=ipaid
                )
        said.setdefault(order.buyer_id, []).append(text)
        if order.status is OrderStatus.PENDING_PAYMENT and (not is_reported(order) or order.reported_short):
            unreported.add(order.buyer_id)
    return [
        Reply(
            text="\n".join(texts),
            private_to=buyer,
            language=langs[buyer],
            secret=buyer in paid,
            extra={} if buyer in paid or buyer in unreported else {REPORTED: "1"},
        )
        for buyer, texts in said.items()
    ]


def _told(group_buy: GroupBuy, before: Terms, tz: ZoneInfo, lang: str, organiser: str) -> str:
    """The head of a buyer's pickup message: `Amy 定了 芒果（#1）的自提：…` the first time; a pickup set
    before and changed, that it changed and what it was (`Amy 改了 …（原 17:00）`: only the time when the
    place and the day stay), so a buyer holding both messages goes by the new one."""
    terms = group_buy.terms
    about = {"organiser": organiser, "title": terms.title, "id": group_buy.id}
    pickup = pickup_text(terms, tz, lang)
    was = pickup_text(before, tz, lang)
    if not was:
        return t(lang, "pickup_told_set", pickup=pickup, **about)
    old_at, new_at = before.pickup_at, terms.pickup_at
    same_day = (
        old_at is not None
        and new_at is not None
        and old_at.astimezone(tz).date() == new_at.astimezone(tz).date()
    )
    if before.pickup == terms.pickup and old_at is not None and same_day:
        was = old_at.astimezone(tz).strftime("%H:%M")  # `（原 17:00）`: the day and place stay
    return t(lang, "pickup_told_changed", pickup=pickup, was=was, **about)


# `Reply.extra` of a buyer's pickup message (`codes_told`) whose unpaid orders she all reported paying
REPORTED = "pickup_reported"


def told_said(lang: str, told: Sequence[Reply]) -> str:
    """The organiser's line on whom `codes_told` told: the paid buyers with their code, and the ones
    still to pay; "" when nobody."""
    codes = sum(1 for reply in told if reply.secret)
    reported = sum(1 for reply in told if reply.extra.get(REPORTED))  # waiting for her check (rep100 #10)
    paid = t(lang, "pickup_codes_told", count=codes) if codes else ""
    owing = len(told) - codes
    if not reported:
        unpaid = t(lang, "pickup_unpaid_buyers_told", count=owing) if owing else ""
    elif reported == owing:
        unpaid = t(lang, "pickup_reported_buyers_told", count=reported)
    else:
        unpaid = t(
            lang, "pickup_unpaid_and_reported_told", count=owing, reported=reported, unpaid=owing - reported
        )
    return t(lang, "two_sentences", first=paid, second=unpaid) if paid and unpaid else paid or unpaid

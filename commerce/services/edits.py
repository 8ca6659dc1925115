"""Use cases of the organiser's changes to a group buy: /edit (修改), /copy (再开一团), /remove (踢出) and
/add (代报). Each takes an open unit of work; the caller commits.

The rules live in the domain (commerce.domain.edits, commerce.domain.guests); here the group buy is
found where the command may reach it, the few reads the rules need are made, and the change is written
in one guarded statement, explained from a fresh read when a concurrent change made the guard fail.

Where a command reaches: in a group, the group buys of that group (`group_buys.find`: without a number,
the organiser's own open one); in a private chat with the bot, a group buy named by its number that the
sender organises (`Where.organiser_reaches`), so an organiser can change theirs without the group
watching. Anything else is answered as a number that does not exist.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo

from commerce.domain.edits import Edited, TermsChange, copied_terms, edit_terms, lower_line, remove_line
from commerce.domain.errors import DomainError, NotFound
from commerce.domain.group_buy import GroupBuy, Participant, Terms
from commerce.domain.guests import guest_id, guest_name
from commerce.domain.options import option_in_note
from commerce.domain.reach import Where
from commerce.ports import UnitOfWork
from commerce.services.chat_names import chat_named
from commerce.services.group_buys import (
    JoinLimits,
    Participation,
    find,
    just_opened_twin,
    open_group_buy,
    set_details,
)


@dataclass(frozen=True)
class Changed:
    """The group buy after an edit, and what the edit changed. `over`: a limit set below what members
    hold on all their lines together (her own and her friends', each line within it): who, how many
    (and of which option), in join order; nothing is taken from them, their next joins are refused."""

    group_buy: GroupBuy
    edited: Edited
    over: tuple[tuple[str, int, str], ...] = ()


@dataclass(frozen=True)
class Copied:
    original: GroupBuy
    copy: GroupBuy


@dataclass(frozen=True)
class Removed:
    """The group buy after a removal, and the line as it was (who, how many)."""

    group_buy: GroupBuy
    line: Participant
    # 多规格: each option's line taken off, when several (`line` their sum): said one by one (rep88 #12)
    options: tuple[Participant, ...] = ()


async def reach(uow: UnitOfWork, where: Where, group_buy_id: int | None, actor: str) -> GroupBuy:
    """The group buy an organiser's command names from `where` (see the module's doc)."""
    if not where.private:
        return await find(uow, chat_id=where.chat_id, group_buy_id=group_buy_id, organiser=actor)
    if group_buy_id is None:
        raise DomainError("number_needed_in_private")
    found = await uow.group_buys.get(group_buy_id)
    if found is None or not where.organiser_reaches(found, actor):
        raise NotFound("group_buy_not_found", id=group_buy_id)
    return found


async def edit(
    uow: UnitOfWork,
    *,
    group_buy: GroupBuy,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    change: TermsChange,
    now: datetime,
    max_unit_price: int | None = None,
) -> Changed:
    """修改: change the terms of `group_buy` (as `reach` found it), if open (only the pickup and the
    payment note: also once it succeeded). The limit's rule reads the largest line only when the limit
    changes."""
    assert group_buy.id is not None
    if change.only_details:
        before, price = group_buy.terms, group_buy.current_unit_price
        updated = await set_details(
            uow,
            chat_id=group_buy.chat_id,
            group_buy_id=group_buy.id,
            actor=actor,
            is_admin=is_admin,
            in_chat=in_chat,
            pickup=change.pickup,
            pickup_at=change.pickup_at,
            payment_note=change.payment_note,
        )
        if updated.terms == before:  # rolled back with the refusal
            raise DomainError("edit_unchanged", id=group_buy.id, title=before.title)
        return Changed(updated, Edited(before, updated.terms, price, price))
    largest = await uow.edits.largest_line(group_buy.id) if change.per_person_limit is not None else 0

    def apply(to: GroupBuy, largest_line: int) -> Edited:
        return edit_terms(
            to,
            change,
            actor=actor,
            is_admin=is_admin,
            in_chat=in_chat,
            now=now,
            largest_line=largest_line,
            max_unit_price=max_unit_price,
        )

    edited = apply(group_buy, largest)
    if await uow.edits.save_terms(group_buy, option=edited.option):  # 多规格: the option's stock too
        if edited.after.title != edited.before.title:  # its notes are found by the new name
            await uow.note_search.retitle(group_buy.id, edited.after.title)
        over = await _over_limit(uow, group_buy) if change.per_person_limit is not None else ()
        return Changed(group_buy, edited, over)
    fresh = await uow.group_buys.get(group_buy.id)  # a join or a close came first: say which rule
    assert fresh is not None
    apply(fresh, await uow.edits.largest_line(group_buy.id))
    raise DomainError("busy_try_again")


async def _over_limit(uow: UnitOfWork, group_buy: GroupBuy) -> tuple[tuple[str, int, str], ...]:
    """The members whose lines together (her own and her friends', of one option) hold more than the
    per-person limit: (name, how many, option), in join order; never the organiser (her lines are
    代报). Read only when an edit set the limit."""
    limit = group_buy.terms.per_person_limit
    if limit is None or group_buy.id is None:
        return ()
    held: dict[tuple[str, str], int] = {}
    names: dict[tuple[str, str], str] = {}
    for line in await uow.group_buys.participants(group_buy.id):
        if line.user_id == group_buy.organiser_id:
            continue
        key = (line.user_id, line.option)
        held[key] = held.get(key, 0) + line.quantity
        if key not in names or not line.friend:  # her own line names her (a friend line: its member)
            names[key] = line.display_name
    return tuple((names[key], count, key[1]) for key, count in held.items() if count > limit)


async def copy(
    uow: UnitOfWork,
    *,
    where: Where,
    group_buy_id: int | None,
    actor: str,
    actor_identity: str,
    actor_name: str,
    is_admin: bool,
    now: datetime,
    lang: str,
    to_chat: str | None = None,
    to_group_buy: int | None = None,
    deadline: datetime | None = None,
    max_unit_price: int | None = None,
    tz: tzinfo = UTC,
    day_terms: Callable[[Terms], Terms] | None = None,
) -> Copied:
    """再开一团: a new group buy on the same terms (its options, its photo and its sharers' rate too; not
    its 帮卖 listings), organised by `actor`, ending at `deadline` or after as long as the original ran.
    It opens in the original's chat, or in
    `to_chat` (a chat the actor was seen in), or in the chat of `to_group_buy` (a group buy the actor
    organises); any other target is answered as one that does not exist. Its card speaks the target
    chat's language setting, else the original's (not the words `/copy` was typed in: a Chinese group's
    copy stays Chinese). Typed in a group, a number none of its group buys has is still the actor's own
    group buy of another chat (`/copy #2 to family` in `neighbours`): she knows it, nobody else learns
    anything. A copy into the original's own chat while it is still open and not sold out (a second open
    one beside it, hardly ever meant) is refused (`copy_original_open`): she closes it first, or edits it;
    sold out, the copy is the next batch. The same copy sent twice (再开一团 pressed twice, two copy forms
    sent) opens one: a copy on the same terms opened in that chat in the last minutes and still selling is
    named instead (`copy_twice`). Priced above a maximum lowered since, it is refused as a copy
    (`copy_price_above_max`): it keeps the original's price unless `day_terms` gives the day's (the
    copied terms as the organiser typed them changed: `再开一团 #3 价格 55`), checked as an opening's."""
    try:
        original = await reach(uow, where, group_buy_id, actor)
    except NotFound:
        own = None if group_buy_id is None else await uow.group_buys.get(group_buy_id)
        if own is None or where.private or own.organiser_id != actor:
            raise
        original = own
    if not original.may_manage(actor, is_admin=is_admin, in_chat=where.chat_id):
        raise DomainError("not_organiser", organiser=original.organiser_name)
    chat_id = original.chat_id
    if to_group_buy is not None:
        there = await uow.group_buys.get(to_group_buy)
        if there is None or there.organiser_id != actor:
            raise NotFound("copy_target_unknown", target=f"#{to_group_buy}")
        chat_id = there.chat_id
    elif to_chat is not None and to_chat != original.chat_id:  # its id or its name: services.chat_names
        chat_id = await chat_named(uow, identity=actor_identity, written=to_chat)
    if chat_id == original.chat_id and original.is_open and not _sold_out(original):  # a second one beside it
        raise DomainError("copy_original_open", id=original.id, title=original.terms.title)
    terms = copied_terms(original, now=now, deadline=deadline, tz=tz)  # at the original's time of day
    if day_terms is not None:  # the day's price, stock, target or limit
        terms = day_terms(terms)
    twin = await just_opened_twin(uow, chat_id=chat_id, organiser_id=actor, terms=terms, now=now)
    if twin is not None and twin.id != original.id and not _sold_out(twin):  # the same copy sent twice
        raise DomainError("copy_twice", id=twin.id, title=twin.terms.title, from_id=original.id)
    try:
        opened = await open_group_buy(
            uow,
            chat_id=chat_id,
            organiser_id=actor,
            organiser_name=actor_name,
            terms=terms,
            now=now,
            lang=await uow.chats.language(chat_id) or original.lang or lang,
            max_unit_price=max_unit_price,
            photo=original.photo,  # a photo card's copy is one too (the platform's reference, reused)
        )
    except DomainError as refusal:  # priced above a maximum lowered since: a copy keeps its price
        if refusal.code != "price_above_max" or terms.unit_price != original.terms.unit_price:
            raise
        raise DomainError(
            "copy_price_above_max",
            id=original.id,
            title=original.terms.title,
            price=refusal.params["price"],
            max=refusal.params["max"],
            example=max_unit_price,
        ) from None
    if original.sharer_rate_bp and opened.id is not None:  # 分享赚: its sharers' rate (not its listings)
        await uow.attribution.set_sharer_rate(opened.id, original.sharer_rate_bp)
        opened.sharer_rate_bp = original.sharer_rate_bp
    return Copied(original, opened)


def _sold_out(group_buy: GroupBuy) -> bool:
    """Nothing left to take: a copy of it is the next batch, meant."""
    return group_buy.stock_left is not None and group_buy.stock_left <= 0


async def remove(
    uow: UnitOfWork,
    *,
    group_buy: GroupBuy,
    user_id: str,
    friend: str,
    name: str,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    now: datetime,
) -> Removed:
    """踢出: take a member's line (their own, or the friend's they name; the one friend's line of a
    member who has no line of their own), or a guest's, off the list of `group_buy` (as `reach` found
    it). `name` says whose in a refusal."""
    assert group_buy.id is not None
    if group_buy.terms.options:  # 多规格: the member's (or friend's) lines of every option
        return await _remove_option_lines(
            uow,
            group_buy,
            user_id=user_id,
            friend=friend,
            name=name,
            actor=actor,
            is_admin=is_admin,
            in_chat=in_chat,
            now=now,
        )
    current = await uow.group_buys.participant(group_buy.id, user_id, friend)
    if current is None and not friend:
        lines = await uow.group_buys.lines_of(group_buy.id, user_id)
        if len(lines) > 1:
            friends = " / ".join(line.friend for line in lines)
            raise DomainError("remove_which_line", name=name, friends=friends, friend=lines[0].friend)
        current = lines[0] if lines else None
    gone = remove_line(
        group_buy, current, actor=actor, is_admin=is_admin, in_chat=in_chat, now=now, name=name
    )
    assert current is not None
    await _take_off(uow, group_buy, gone, current.quantity, now=now)
    return Removed(group_buy, current)


async def remove_all(
    uow: UnitOfWork,
    *,
    group_buy: GroupBuy,
    user_id: str,
    name: str,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    now: datetime,
) -> list[Participant]:
    """踢出 @Troll 全部: every line of one member (her own and each friend's, of every option) off the
    list of `group_buy` in one command, each by its guarded write; the lines as they were, in order."""
    assert group_buy.id is not None
    lines = await uow.group_buys.lines_of(group_buy.id, user_id)
    lines = [line for line in lines if line.quantity > 0]
    if not lines:
        remove_line(group_buy, None, actor=actor, is_admin=is_admin, in_chat=in_chat, now=now, name=name)
    for line in lines:
        gone = remove_line(
            group_buy, line, actor=actor, is_admin=is_admin, in_chat=in_chat, now=now, name=name
        )
        await _take_off(uow, group_buy, gone, line.quantity, now=now)
    return lines


async def _take_off(
    uow: UnitOfWork, group_buy: GroupBuy, gone: Participant, quantity: int, *, now: datetime
) -> None:
    """The guarded write that takes `quantity` of a line off; refused as closed (it closed meanwhile)
    or busy (someone changed the line first)."""
    assert group_buy.id is not None
    if not await uow.group_buys.change_participation(group_buy, gone, -quantity, now=now):
        fresh = await uow.group_buys.get(group_buy.id)
        if fresh is None or not fresh.is_open or fresh.is_past_deadline(now):
            status = None if fresh is None else fresh.status.value
            raise DomainError("group_buy_closed", id=group_buy.id, title=group_buy.terms.title, status=status)
        raise DomainError("busy_try_again")


async def _remove_option_lines(
    uow: UnitOfWork,
    group_buy: GroupBuy,
    *,
    user_id: str,
    friend: str,
    name: str,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    now: datetime,
) -> Removed:
    """踢出 on a group buy with options: every option's line of the member (or of the friend named),
    each by its guarded write; the line reported is their sum."""
    assert group_buy.id is not None
    lines = await uow.group_buys.lines_of(group_buy.id, user_id)
    theirs = [line for line in lines if line.friend == friend] or ([] if friend else lines)
    friends = list(dict.fromkeys(line.friend for line in theirs))
    if len(friends) > 1:
        raise DomainError("remove_which_line", name=name, friends=" / ".join(friends), friend=friends[0])
    if not theirs:
        remove_line(group_buy, None, actor=actor, is_admin=is_admin, in_chat=in_chat, now=now, name=name)
    for line in theirs:
        gone = remove_line(
            group_buy, line, actor=actor, is_admin=is_admin, in_chat=in_chat, now=now, name=name
        )
        await _take_off(uow, group_buy, gone, line.quantity, now=now)
    whole = replace(theirs[0], quantity=sum(line.quantity for line in theirs), option="")
    return Removed(group_buy, whole, tuple(theirs) if len(theirs) > 1 else ())


async def lower_guest(
    uow: UnitOfWork,
    *,
    group_buy: GroupBuy,
    line: Participant,
    keep: int,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    now: datetime,
) -> Participant:
    """代报 王阿姨 改成1份: a guest's `line` of `group_buy` (as `reach` found it) lowered to `keep` by its
    guarded write; the line as it is then."""
    name = line.display_name
    lowered = lower_line(
        group_buy, line, keep, actor=actor, is_admin=is_admin, in_chat=in_chat, now=now, name=name
    )
    await _take_off(uow, group_buy, lowered, line.quantity - keep, now=now)
    return lowered


async def add_guest(
    uow: UnitOfWork,
    *,
    group_buy: GroupBuy,
    name: str,
    quantity: int,
    note: str,
    actor: str,
    is_admin: bool,
    in_chat: str | None = None,
    now: datetime,
    limits: JoinLimits | None = None,
    private: bool = False,
) -> Participation:
    """代报: the organiser (or an admin) signs up a buyer who is not in the chat, on a line of their own
    (commerce.domain.guests); again adds to it. Stock, limit and deadline hold as for any join.
    `private`: typed in a private chat, its note is never on the group's card."""
    assert group_buy.id is not None
    if not group_buy.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
        raise DomainError("not_organiser", organiser=group_buy.organiser_name)
    name = guest_name(name)
    guest = guest_id(group_buy.organiser_id, name)
    cap = (limits or JoinLimits()).max_per_line
    option, note = option_in_note(group_buy, note)  # 多规格: `代报 王阿姨 2 5斤`

    async def join(to: GroupBuy) -> Participant:
        current = await uow.group_buys.participant(group_buy_id_of(to), guest, "", option)
        return to.join(
            current,
            user_id=guest,
            display_name=name,
            quantity=quantity,
            now=now,
            note=note,
            max_per_line=cap,
            option=option,
            private=private,
        )

    line = await join(group_buy)
    if await uow.group_buys.change_participation(group_buy, line, quantity, now=now, cap=cap):
        return Participation(group_buy, line, quantity)
    fresh = await uow.group_buys.get(group_buy.id)  # sold out, or closed, meanwhile: say which
    assert fresh is not None
    await join(fresh)
    raise DomainError("busy_try_again")


def group_buy_id_of(group_buy: GroupBuy) -> int:
    assert group_buy.id is not None
    return group_buy.id

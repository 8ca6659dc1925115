"""Which group buy a command means, when several are open and it named none: the answer lists them and
shows how to name one in the command the member typed (`帮卖 #5 开 10%`, `名单 #5`, `分享 #5`), not the
join example (`+1 #5`), which says nothing to an organiser typing her own command. Likewise the number a
command needs in a private chat (`代报 #12 王阿姨 2`, not the `修改` example), and the form of a command
whose `@name` names nobody here, or several (`禁言 @名字`, not the orders' hint of `member_unknown`). And
an organiser's command naming a group buy the sender does not run, typed in private: said as true there."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from fractions import Fraction
from typing import Any

from commerce.domain.collecting import REMIND_EVERY, may_remind
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuyStatus
from commerce.domain.member import identity
from commerce.domain.note_counts import count_in_note, without_count
from commerce.domain.units import (
    DOZEN_PIECE_WORDS,
    OTHER_COUNT_WORDS,
    counts_in,
    grams,
    in_unit,
    same_unit,
    unit_key,
)
from commerce.ports import UnitOfWork
from commerce.services import waiting as waiting_service
from commerce.services.group_buys import beyond_title, sold_out_now
from handlers.parsing.commands import Command
from handlers.parsing.edits import parse_add
from handlers.parsing.helpselling import FORM
from handlers.parsing.pickup import LEADING_SEPARATORS
from handlers.parsing.terms import refuse_term_twice
from handlers.parsing.typed import as_typed
from handlers.texts import has, refusal_text, t
from handlers.texts import units as unit_texts


def _example_key(command: Command) -> str:
    """The catalog entry of the command's own example (`which_example_<name>`; may not exist)."""
    if command.name == "helpsell":
        match = FORM.match(command.rest.strip())
        if match is not None and match.group("off"):
            return "which_example_helpsell_off"
    return f"which_example_{command.name}"


# Commands whose unknown `#N` in a group is answered with their own example (`/list #12`), not `/status`
# Commands whose example names the organiser's own group buy first (`自提 #7` unknown: `自提 #3 …`)
ORGANISERS = frozenset(
    {"pickup", "commission", "add", "remove", "close", "cancel", "export", "remind", "edit", "copy"}
)
# `加1`, `+1` left in a note once its count is taken out (`加1加1 要三份`): the join typed again, no note
_BARE_PLUS = re.compile(r"^(?:[+＋]|加)\s*\d{1,3}$")
_OWN_EXAMPLE_NOT_FOUND = frozenset({"list", "join", "wait", "share", "ask"}) | ORGANISERS

# An organiser's usages whose example names a group buy (`代报 #12 王阿姨 2`): one of this chat's, hers first
NUMBERED_USAGES = frozenset(
    {
        "id_usage",
        "cancel_order_usage",
        "edit_options",
        "copy_target_unknown",
        "add_usage",
        "add_name_is_number",
        "add_name_no_letters",
        "add_unreadable",
        "commission_usage",
        "commission_rate_unreadable",
        "remove_usage",
        "remind_usage",
        "helper_usage",
        "pickup_code_usage",
        "helper_member_unknown",
        "helper_member_ambiguous",
        "edit_usage",
        "copy_usage",
        "pickup_usage",
    }
)

# An organiser's commands that reach her own group buy by its number from her private chat (`名单 #12`)
ORGANISERS_IN_PRIVATE = frozenset(
    {
        "list",
        "export",
        "remind",
        "close",
        "cancel",
        "edit",
        "pickup",
        "payment_note",
        "add",
        "remove",
        "copy",
        "commission",
    }
)


def in_private(refusal: DomainError) -> DomainError:
    """`refusal` as said in the organiser's private chat (`/paid @Wu`, Wu paid already): her group buys,
    not "here" (no group there)."""
    name = refusal.params.get("name", "")
    if refusal.code == "member_all_paid":
        return DomainError("member_all_paid_private", name=name)
    if refusal.code == "member_none_to_pick_up":
        return DomainError("member_none_to_pick_up_private", name=name)
    if refusal.code == "member_none_to_refund":
        return DomainError("member_none_to_refund_private", name=name)
    if refusal.code == "unpaid_member_none":
        return DomainError("unpaid_member_none_private", name=name)
    if refusal.code == "member_no_order" and name:  # `/paid @Wu @Dan`: `Dan 在你的团里没有订单`
        return DomainError("member_no_order_named_private_none", name=name)
    if refusal.code == "member_no_order":
        return DomainError("member_no_order_private_none")
    return refusal


async def with_example_number(
    uow: UnitOfWork, chat_id: str, refusal: DomainError, *, organiser: str | None = None
) -> DomainError:
    """`名单 #12`, `+1 #9` naming no group buy of this group: the refusal with the number its example
    names (`example_id`): the newest open here, else the newest here, never the number just refused nor
    a made-up one when the chat has one (with none here: 12, or 1 when 12 was refused). An organiser's
    command (`organiser`: the sender) names one of hers first (`自提 #7`: `自提 #3 …`, her #3)."""
    refused = refusal.params.get("id")
    example = await example_number(uow, chat_id, refused=refused, organiser=organiser)
    return type(refusal)(refusal.code, **{**refusal.params, "example_id": example})


# Commands that act on an open group buy of the sender's own (a chat admin: any open): their example too
_HERS_OPEN = frozenset({"cancel", "close"})


async def not_found_example(
    uow: UnitOfWork, chat_id: str, refusal: DomainError, command: str, *, user: str, admin: bool
) -> DomainError:
    """`取消 #9`, `候补 #9 1`, `分享 #9`, `问 #9 …` naming no group buy of this group: the refusal with the
    number its example names, one the same command takes there (rep104 #9): for `取消` / `截单` an open
    one of the sender's own (a chat admin's: any open), for `候补` a sold-out one, for `分享` an open one
    not sold out, for `问` any here; else as
    `with_example_number`. With none such here, a refusal naming none (no number made up)."""
    refused = refusal.params.get("id")
    example: int | None = None
    if command in _HERS_OPEN and not admin:
        mine = await uow.group_buys.open_in_chat(chat_id, organiser=user)
        example = max((g.id for g in mine if g.id is not None and g.id != refused), default=None)
        if example is None:
            return DomainError("group_buy_not_found_none_yours", id=refused)
    elif command == "wait":
        sold_out = await waiting_service.sold_out_open(uow, chat_id)
        example = max((g.id for g in sold_out if g.id is not None and g.id != refused), default=None)
        if example is None:
            return DomainError("wait_not_found_none_sold_out", id=refused)
    elif command == "share":  # one a friend can still buy: never one sold out (no code is handed out)
        takers = [g for g in await uow.group_buys.open_in_chat(chat_id) if not await sold_out_now(uow, g)]
        example = max((g.id for g in takers if g.id is not None and g.id != refused), default=None)
        if example is None:
            return DomainError("share_not_found_all_sold_out", id=refused)
    elif command == "ask" and await uow.group_buys.latest_in_chat(chat_id) is None:
        return DomainError("group_buy_not_found_none_here", id=refused)
    if example is not None:
        return type(refusal)(refusal.code, **{**refusal.params, "example_id": example})
    organiser = user if command in ORGANISERS else None
    return await with_example_number(uow, chat_id, refusal, organiser=organiser)


async def example_number(
    uow: UnitOfWork, chat_id: str, *, refused: object = None, organiser: str | None = None, typed: str = ""
) -> int:
    """The group buy an example names: the one `typed` names (`佣金 #3 abc`: #3) when it is of this
    chat; else, for an organiser's command, her newest open here, else her newest here; else the
    newest open here, else the newest here; never `refused`; a chat with none: 12 (1 when 12 was refused)."""
    opened = [g for g in await uow.group_buys.open_in_chat(chat_id) if g.id is not None and g.id != refused]
    closed = [g for g in await uow.group_buys.closed_in_chat(chat_id) if g.id is not None and g.id != refused]
    named = TYPED_NUMBER.match(typed.strip())
    if named is not None and int(named.group(1)) in {g.id for g in (*opened, *closed)}:
        return int(named.group(1))
    for pool in ([g for g in opened if organiser and g.organiser_id == organiser], opened):
        if pool:
            return max(g.id or 0 for g in pool)
    if organiser:
        hers = [g.id or 0 for g in closed if g.organiser_id == organiser]
        if hers:
            return max(hers)
    latest = await uow.group_buys.latest_in_chat(chat_id)
    if latest is not None and latest.id is not None and latest.id != refused:
        return latest.id
    return 1 if str(refused) == "12" else 12


NO_NUMBER = "N"  # an example's number where the member has none to name: `#N` reads as none (copied: told so)
CHATS_ASKED = 20  # a private example from the member's groups: the newest group buy of at most these


async def own_example_number(uow: UnitOfWork, organiser: str) -> int | str:
    """The number an organiser's usage names in her private chat (`修改 #3 价格 80`): her newest open
    group buy, else her newest; none of hers: `N` (`#N`, no number that looks like a real one)."""
    from commerce.services.organiser import MINE_LISTED

    hers = await uow.views.group_buys_of(organiser, limit=MINE_LISTED)
    open_ones = [summary.id for summary in hers if summary.status is GroupBuyStatus.OPEN]
    if open_ones or hers:
        return max(open_ones or [summary.id for summary in hers])
    return NO_NUMBER


async def owed_example_number(uow: UnitOfWork, organiser: str, chat_id: str | None = None) -> int | None:
    """Her newest group buy somebody still owes for (`/remind #5` in her private chat; with `chat_id`, of
    that group's: never one that failed, with nothing to remind about); None: none."""
    from commerce.services.organiser import MINE_LISTED

    owed = [
        s.id
        for s in await uow.views.group_buys_of(organiser, limit=MINE_LISTED)
        if s.outstanding > 0 and (chat_id is None or s.chat_id == chat_id)
    ]
    return max(owed) if owed else None


async def remindable_example(
    uow: UnitOfWork, organiser: str, now: datetime, chat_id: str | None = None
) -> tuple[int | None, tuple[int, datetime, datetime] | None]:
    """Her bare private `/remind` (rep100 #11), and a group's `/remind unpaid` (with `chat_id`: of that
    group's): her newest group buy she may remind now (a buyer owes who has not reported paying, its
    `REMIND_EVERY` wait over), else None with the one whose wait ends first (its number, when it was last
    reminded, when it may be again); (None, None): none with such a buyer."""
    from commerce.services.organiser import MINE_LISTED

    owed = sorted(
        (
            s.id
            for s in await uow.views.group_buys_of(organiser, limit=MINE_LISTED)
            if s.outstanding > 0 and (chat_id is None or s.chat_id == chat_id)
        ),
        reverse=True,
    )
    waiting: list[tuple[datetime, int, datetime]] = []
    for group_buy_id in owed:
        if all(owing.reported for owing in await uow.collecting.owing(group_buy_id)):
            continue
        last = await uow.collecting.last_reminded(group_buy_id)
        if last is None or may_remind(last, now):
            return group_buy_id, None
        waiting.append((last + REMIND_EVERY, group_buy_id, last))
    if not waiting:
        return None, None
    again, group_buy_id, last = min(waiting)
    return None, (group_buy_id, last, again)


async def groups_example_number(uow: UnitOfWork, platform: str, user_id: str) -> int | str:
    """The number a member's usage names in her private chat (`问 #3 什么时候截单`): the newest group buy
    open in a group she is in, else the newest of those groups; none: `N`."""
    chats = sorted(await uow.follows.member_chats(identity(platform, user_id)))[:CHATS_ASKED]
    opened = [await uow.group_buys.latest_open_in_chat(chat) for chat in chats]
    open_ids = [g.id for g in opened if g is not None and g.id is not None]
    if open_ids:
        return max(open_ids)
    latest = [await uow.group_buys.latest_in_chat(chat) for chat in chats]
    ids = [g.id for g in latest if g is not None and g.id is not None]
    return max(ids) if ids else NO_NUMBER


TYPED_NUMBER = re.compile(r"^[#＃](\d{1,9})(?!\d)")


def which_text(
    lang: str, refusal: DomainError, command: Command, *, private: bool = False, typed: str = ""
) -> str:
    """A refusal's text; `which_group_buy` (and `number_needed_in_private`) with the command's own
    example when it has one. `private`: said in the sender's private chat with the bot. An organiser's
    example is in the word she typed (`typed`: her message), `自提点 #1 …` as `自提 #1 …`."""
    question = ""
    if command.name == "ask" and typed and command.rest.strip():  # `/ask how much!`: her words as typed
        question = as_typed(typed, command.rest)
        command = replace(command, rest=question)
    text = _which_text(lang, refusal, command, private=private)
    if question:  # `e.g. /ask #1 how much?`, never `how much?.`: her end mark is the sentence's
        text = _one_end_mark(text, TYPED_NUMBER.sub("", question).strip())
    full = refusal.params.get("sold_out") if refusal.code == "which_group_buy" else None
    if full:  # a join's question left out those sold out (🈵): said apart, with how to wait for one
        held = list(refusal.params.get("sold_out_held") or ()) + [0] * len(full)
        sold_in = list(refusal.params.get("sold_out_units") or ()) + [""] * len(full)
        listed = " · ".join(  # with what she holds on it: `#2 阳光玫瑰（你已跟 1 份）`
            t(lang, "which_choice_held", id=number, title=title, quantity=unit_texts.more(lang, units, unit))
            if units
            else f"#{number} {title}"
            for (number, title), units, unit in zip(full, held, sold_in, strict=False)
        )
        apart = t(lang, "which_sold_out_apart", full=listed, id=full[0][0])
        text = t(lang, "two_sentences", first=text, second=apart)
    gone = refusal.params.get("options_sold_out") if refusal.code == "which_group_buy" else None
    if gone:  # and its options sold out on their own (多规格): said apart, never its example (🈵)
        separator = t(lang, "list_separator")
        listed = " · ".join(f"#{number} {title} {separator.join(names)}" for number, title, names in gone)
        text = t(
            lang, "two_sentences", first=text, second=t(lang, "which_options_sold_out_apart", options=listed)
        )
    others = refusal.params.get("others_left")
    if others:  # `+1 大盒` sold out on its own: the options still to be had, and how to join one
        example = refusal.params.get("others_example", "")
        left = t(lang, "option_sold_out_others", options=others, example=example)
        text = t(lang, "two_sentences", first=text, second=left)
    name = str(refusal.params.get("of") or command.name)  # `自提点 #N …` (refused as it is parsed): its own
    if typed and name in ORGANISERS | {"payment_note"} and refusal.code in _IN_TYPED_WORD:
        return in_typed_word(text, typed, name)
    return text


_IN_TYPED_WORD = NUMBERED_USAGES | {
    "group_buy_not_found",
    "which_group_buy",
    "which_closed_to_collect",
    "which_closed_to_pay",
    "which_open_or_closed_to_collect",
    "which_open_or_closed_to_pay",
    "pickup_usage_numbered",
    "group_buy_number_unreadable",
    "all_open_in_group",
    "pickup_all_none",
    "payment_note_all_none",
    "commission_all_none",
}
# a command word in an example: after the start, a space or a bracket or colon, before a space or `#`
_WORD_AT = r"(?:(?<=^)|(?<=[\s：:（(，,“]))"


_END_MARKS = "?？!！。.…~～"  # what a question may end with: the text's own `.`/`。` after it is a second one


def _one_end_mark(text: str, question: str) -> str:
    """`text` without the `.` or `。` it puts after `question` when her question ends with its own mark
    (`/ask #1 any left?`, `问 #1 还有吗？`), so the sentence ends once, with hers."""
    if not question or question[-1] not in _END_MARKS:
        return text
    return re.sub(re.escape(question) + "[.。]", lambda _: question, text, count=1)


def typed_head(typed: str, command: str) -> str:
    """The word `typed` opens with when it is one for `command` (`/pickup`, `自提点`), else ""; a Chinese
    word after a slash (`/代报`) is the word, as its examples write it."""
    from handlers.registry import VOCABULARY  # the registry imports the handlers that import this

    typed = typed.strip()
    if typed.startswith("/"):
        word = re.split(r"[\s@#＃]", typed[1:], maxsplit=1)[0]
        found = VOCABULARY.slash.get(word.lower())
        if found is None or found[0] != command:
            return ""
        return word if (word, command) in VOCABULARY.bare else f"/{word}"  # `/代报`: as `代报`
    for word, name in VOCABULARY.bare:  # longest first: `自提点` before `自提`
        if name == command and typed.startswith(word):
            return word
    return ""


def in_typed_word(text: str, typed: str, command: str) -> str:
    """`text` with the examples of `command` in the word `typed` opens with (`分享佣金 #1 5%`)."""
    from handlers.registry import VOCABULARY

    head = typed_head(typed, command)
    if not head:
        return text
    words = [f"/{word}" for word, (name, _) in VOCABULARY.slash.items() if name == command]
    words += [word for word, name in VOCABULARY.bare if name == command]
    words = sorted({word for word in words if word != head}, key=len, reverse=True)
    if not words:
        return text
    pattern = _WORD_AT + "(?:" + "|".join(re.escape(word) for word in words) + r")(?=[ #])"
    return re.sub(pattern, lambda _: head, text)


def _which_text(lang: str, refusal: DomainError, command: Command, *, private: bool = False) -> str:
    key = _example_key(command)
    if private and refusal.code == "member_no_order":  # no group there: in your group buys, not 本群
        return _no_order_in_private(lang, refusal, command)
    refusal = in_private(refusal) if private else refusal
    # a bare `/pickup Gate 3 …` (`/payment …`) with several of hers closed and none open: her words kept
    if refusal.code in _WHICH_CLOSED and has(key):
        params = refusal.params
        example = _own_example(lang, key, command, params["example"])
        answer = t(lang, f"{refusal.code}_for", n=params["n"], choices=params["choices"], example=example)
        change = _typed_change(command)
        return answer + ("\n" + t(lang, f"which_closed_{command.name}_all", change=change) if change else "")
    # `名单 #2` in private from someone who runs no #2: true there (no group, no 进度), and the same
    # whether #2 exists or not (`not_yours_in_private_<command>` where it has its own, else the plain one)
    if private and refusal.code == "group_buy_not_found" and command.name in ORGANISERS_IN_PRIVATE:
        own = f"not_yours_in_private_{command.name}"
        return t(lang, own if has(own) else "not_yours_in_private", id=refusal.params["id"])
    # `进度` / `候补` in private: no group buy runs there (opening one is refused): a share code shows one
    if private and refusal.code == "no_open_group_buy":
        return t(lang, "no_group_buy_in_private")
    if private and refusal.code == "group_buy_not_found" and command.name in ("status", "wait"):
        return t(lang, "no_group_buy_in_private")
    # `/export` in private from someone who runs none: `/export #12` of her own, not the group's `/list`
    if refusal.code == "organiser_none" and has(f"organiser_none_{command.name}"):
        return t(lang, f"organiser_none_{command.name}")
    # `/list #99`, `/join #99`, `/copy #99 …` in a group: the number in the command's own example
    if refusal.code == "group_buy_not_found" and not private and command.name in _OWN_EXAMPLE_NOT_FOUND:
        own = f"not_found_example_{command.name}"
        example_key = own if has(own) else key
        if has(example_key):
            number = refusal.params.get("example_id", 12)
            if example_key == key:  # `/edit #9 price 9`: `/edit #3 price 9`, her change kept
                example = _own_example(lang, key, command, number)
            else:
                example = t(lang, example_key, id=number)
            return t(lang, "group_buy_not_found_for", id=refusal.params["id"], example=example)
    # `自提 #N 3号门`: the `#N` of an example copied: the command's own example with a real number
    if refusal.code == "group_buy_number_unreadable" and refusal.params.get("example_id") == NO_NUMBER:
        return t(lang, "group_buy_number_unreadable", value=refusal.params["value"])  # none of hers to name
    if refusal.code == "group_buy_number_unreadable":
        of = replace(command, name=str(refusal.params["of"]), rest=str(refusal.params.get("after", "")))
        example = _own_example(lang, f"which_example_{of.name}", of, refusal.params.get("example_id", 12))
        return t(lang, "group_buy_number_unreadable_for", value=refusal.params["value"], example=example)
    # `禁言 @不存在的人`, `禁言 Kim` of two Kims: the command's own form, not the orders' hint of the
    # shared `member_unknown` / `member_ambiguous`
    if refusal.code in ("member_unknown", "member_ambiguous") and has(f"member_example_{command.name}"):
        example = t(lang, f"member_example_{command.name}")
        return t(lang, f"{refusal.code}_for", name=refusal.params["name"], example=example)
    # `已收 @小李` naming nobody here (or several): the command by an order number of this chat's, `已收 1-2`
    # (one it could act on: none such, no number)
    order = refusal.params.get("order")
    if (
        refusal.code in ("member_unknown", "member_ambiguous")
        and order == ""
        and has(f"order_example_{command.name}")
    ):
        return t(lang, f"{refusal.code}_order_none", name=refusal.params["name"])
    if (
        refusal.code == "member_ambiguous"
        and refusal.params.get("orders")
        and has(f"order_example_{command.name}")
    ):
        example = t(lang, f"order_example_{command.name}", order=order)  # one of theirs: `已收 1-4`
        orders = refusal.params["orders"]
        return t(lang, "member_ambiguous_orders", name=refusal.params["name"], orders=orders, example=example)
    if (
        refusal.code in ("member_unknown", "member_ambiguous")
        and order
        and has(f"order_example_{command.name}")
    ):
        example = t(lang, f"order_example_{command.name}", order=order)
        return t(lang, f"{refusal.code}_order", name=refusal.params["name"], example=example)
    # `/unpaid @Amy`, `/pickedup @Amy` naming a member with no order here: the command's own form by
    # number (the plain text's example is `/paid`'s own), with an order of this chat (`order`) when
    # the refusal found one, none when it found the chat has none (`order` "")
    # named as she is known here when she is (`Dan 在本群没有订单`), else `这位成员`
    own_form = has(f"order_example_{command.name}")
    name = str(refusal.params.get("name") or "")
    no_order = "member_no_order_named" if name else "member_no_order"
    if refusal.code == "member_no_order" and own_form and "order" in refusal.params:
        order = str(refusal.params["order"])
        if not order:
            return t(lang, f"{no_order}_none", name=name)
        example = t(lang, f"order_example_{command.name}", order=order)
        return t(lang, f"{no_order}_for", example=example, name=name)
    if refusal.code == "member_no_order" and own_form and command.name != "paid":
        example = t(lang, f"order_example_{command.name}", order="12-3")
        return t(lang, f"{no_order}_for", example=example, name=name)
    # `付款 3-1` from a buyer: the buyer's own form, not the organiser's `已收款 12-3` of the shared text
    if refusal.code == "order_not_found" and has(f"order_not_found_{command.name}"):
        example = refusal.params.get("example_order", "12-3")  # `取消订单 1-1`: an order she may cancel
        return t(
            lang, f"order_not_found_{command.name}", order=refusal.params["order"], example_order=example
        )
    # `代报 王阿姨 2` in private: `代报 #12 王阿姨 2` (the plain text's example is `修改`'s own)
    if refusal.code == "number_needed_in_private" and command.name != "edit" and has(key):
        number = refusal.params.get("example_id", NO_NUMBER)  # hers (`own_example_number`)
        return t(lang, "number_needed_in_private_for", example=_own_example(lang, key, command, number))
    # `/join abc 2 for Wang`, `/join 肉粽 帮 小王`: a word naming no option open here; the example keeps
    # the quantity and friend typed (`+2 for Wang sweet`), as the question which one does
    if refusal.code in _OPTION_NOT_HERE and command.name in ("join", "share_join"):
        typed = refusal.params.get("typed_quantity")  # a pasted `中盒 2`: the count read off her line
        counted = replace(command, quantity=typed) if isinstance(typed, int) else command  # `+1 中盒 2` too
        example = join_as_typed(lang, counted, str(refusal.params.get("example", "")))
        return t(lang, f"{refusal.code}_as_typed", **{**refusal.params, "example": example})
    params = refusal.params
    if refusal.code == "which_group_buy":  # 15 open, the newest 10 listed: said so, and how to name others
        params = {**params, "choices": with_shown(lang, params, str(params["choices"]))}
        refusal = type(refusal)(refusal.code, **params)
    # a join (`+1`, `我要两份`, `+1 帮 小王`) naming none of several open: each listed (with what she
    # holds on it, `held`) and an example for each, as she typed it
    listing = bool(params.get("held") or params.get("listed")) and not params.get("yours")
    if refusal.code == "which_group_buy" and params.get("leaving"):  # `退一份` on two of three open
        return _which_leave(lang, params, command)
    if refusal.code == "which_group_buy" and command.name == "join" and listing:
        return _which_join(lang, params, command)
    if refusal.code == "which_group_buy" and params.get("yours"):  # an organiser's: only hers listed
        example = _own_example(lang, key, command, params["example"]) if has(key) else f"#{params['example']}"
        if params.get("with_lines"):  # bare 名单 / 导出: those with lines only (here; in private, all hers)
            lines_key = "which_group_buy_with_lines_private" if private else "which_group_buy_with_lines"
            return t(lang, lines_key, count=params["n"], choices=params["choices"], example=example)
        example = _rate_kept(lang, command, params["example"]) or example
        answer = t(lang, "which_group_buy_yours", n=params["n"], choices=params["choices"], example=example)
        return answer + _all_open_offered(lang, command)
    if refusal.code != "which_group_buy" or not has(key):
        return refusal_text(lang, refusal)
    example = _rate_kept(lang, command, params["example"]) or _own_example(
        lang, key, command, params["example"]
    )
    answer = t(lang, "which_group_buy_for", n=params["n"], choices=params["choices"], example=example)
    return answer + _all_open_offered(lang, command)


def _typed_change(command: Command) -> str:
    """What she typed after the command and any `#N`: `Clubhouse Friday 6pm`, `8%`."""
    return TYPED_NUMBER.sub("", command.rest.strip()).strip()


def _rate_kept(lang: str, command: Command, number: object) -> str:
    """`/commission 8%` among several open: `/commission #1 8%`, her rate kept ("" for another command;
    a rate out of range was refused before the question)."""
    change = _typed_change(command)
    if command.name != "commission" or not _A_RATE.match(change):
        return ""
    return t(lang, "which_example_commission_typed", id=number, change=change)


def _all_open_offered(lang: str, command: Command) -> str:
    """The line offering the same for each open group buy of hers here, her words kept (`/pickup all
    Clubhouse Friday 6pm`, `/commission all 8%`: handlers.group_buys.each_open); "" for another."""
    change = _typed_change(command)
    if command.name not in _ALL_OPEN or not change:
        return ""
    if command.name == "commission" and not _A_RATE.match(change):
        return ""
    return "\n" + t(lang, f"which_{command.name}_all", change=change)


def _no_order_in_private(lang: str, refusal: DomainError, command: Command) -> str:
    """`/paid @Dan` in the organiser's private chat, Dan with no order in her group buys: said of her
    group buys (`Dan 在你的团里没有订单`), named when known, with the command's own form by number."""
    name = str(refusal.params.get("name") or "")
    own = command.name if has(f"order_example_{command.name}") else "paid"
    example = t(lang, f"order_example_{own}", order="12-3")
    if name:
        return t(lang, "member_no_order_named_private", example=example, name=name)
    return t(lang, "member_no_order_private", example=example)


def with_shown(lang: str, params: dict[str, Any], choices: str) -> str:
    """A which-question's `choices`, and, when fewer are listed (`shown`) than are open (`n`: 15 open,
    the newest 10 listed), which they are and how to name another (by the number on its card)."""
    shown = int(params.get("shown") or params["n"]) + len(params.get("sold_out") or ())  # 🈵: said apart
    return choices + t(lang, "which_shown_newest", count=shown) if shown < int(params["n"]) else choices


def _reads_as_add(typed: str) -> bool:
    """Whether `/add`'s words (the number taken out) name a buyer and how many, so the example may
    repeat them (`Wang 2`); `3`, `张姐 -1` are the mistake refused, never an example."""
    try:
        words = parse_add(typed)
    except DomainError:
        return False
    return bool(typed and words.name and words.quantity)


def _own_example(lang: str, key: str, command: Command, number: object) -> str:
    """The command's own example naming group buy `number`; `/payment` keeps the note she typed
    (`/payment #1 PayNow to 9123 4567`), so she can send it again as it is, `/edit` her change
    (`/edit #7 price 9`, not another change's example), and `/pickup` her place and time
    (`/pickup #11 Clubhouse Friday 6pm`, never the generic Gate 3), `/remove` whom she named
    (`踢出 #1 @小美`, never the generic @Bob), and `/add` her words (`/add #3 Wang 2`, never Aunt Wang)."""
    if command.name == "payment_note":
        return t(lang, key, id=number, note=command.rest.strip() or "…")
    change = TYPED_NUMBER.sub("", command.rest.strip()).strip()  # `修改 #9 价格 9`: `价格 9`
    if command.name == "edit" and change and not _term_twice(change):  # (written twice: refused again)
        return t(lang, "which_example_edit_typed", id=number, change=change)
    # `#999…9 Gate 3`: however long; `#1: Gate 3`: the colon after the number no part of the place
    place = _ANY_NUMBER.sub("", command.rest.strip()).lstrip(LEADING_SEPARATORS).strip()
    if command.name == "pickup" and place:  # `/pickup Clubhouse Friday 6pm`: her place kept
        return t(lang, "which_example_pickup_typed", id=number, change=place)
    if command.name == "remove" and change:  # `踢出 @小美`: `踢出 #1 @小美`, never another's name (rep88 #12)
        return t(lang, "which_example_remove_typed", id=number, who=change)
    if command.name == "ask" and change:  # `问 #9 多少钱`: `问 #2 多少钱`, her question kept
        return t(lang, "which_example_ask_typed", id=number, question=change)
    if command.name == "wait" and change.isdigit():  # `候补 #9 2`: `候补 #5 2`, her count kept
        return f"{t(lang, key, id=number)} {change}"
    if command.name == "add" and _reads_as_add(change):  # `/add Wang 2`: `/add #3 Wang 2` (s40)
        return t(lang, "which_example_add_typed", id=number, who=change)
    return t(lang, key, id=number)


def _term_twice(change: str) -> bool:
    """Whether an edit's words write a term twice (`price 9 price 10`): an example keeping them is refused."""
    try:
        refuse_term_twice(change, editing=True)
    except DomainError:
        return True
    return False


# the commands whose `all` / `全部` sets each open group buy of hers here (handlers.group_buys.each_open)
_ALL_OPEN = frozenset({"pickup", "payment_note", "commission"})
# several of hers closed with buyers still to collect / to pay, none open (handlers.group_buys._which_closed)
_WHICH_CLOSED = frozenset(
    {
        "which_closed_to_collect",
        "which_closed_to_pay",
        "which_open_or_closed_to_collect",  # one open too: each named open or closed
        "which_open_or_closed_to_pay",
    }
)
_A_RATE = re.compile(r"^\d{1,3}(?:\.\d{1,2})?\s*%?$")  # `8%`, `2.5`: a rate she typed (handlers.referrals)
_ANY_NUMBER = re.compile(r"^[#＃]\d+")  # a `#` number typed, of any length (TYPED_NUMBER: 9 digits)
_OPTION_NOT_HERE = frozenset({"option_not_here", "option_not_here_several"})
_NUMBERED = re.compile(r"^#(?P<id>\d+)\s+(?P<rest>.*)$")


def join_as_typed(lang: str, command: Command, option: str = "") -> str:
    """A join's example with the quantity and friend she typed and `option` (`#1 sweet` when another
    group buy has it too): `+2 for Wang`, `+2 #1 帮 小王 甜的`."""
    head = f"+{command.quantity or 1}"
    numbered = _NUMBERED.match(option)
    if numbered is not None:
        head, option = f"{head} #{numbered.group('id')}", numbered.group("rest")
    if command.friend:
        head = t(lang, "which_example_join_for", example=head, friend=command.friend)
    return f"{head} {option}".strip()


def note_counted(command: Command, sold_in: str = "") -> Command:
    """`加1加1 要三份`, `+1 要三份`: the join of the count its note asks for (3), the count and a `加1`
    typed again out of the note, as the join takes it (`commerce.domain.note_counts`); else as typed
    (a pasted line, a weight). A labelled note (`+1 备注 要三份`) has lost its label here: read the same."""
    plain = command.measured is None and not command.pasted
    asked = count_in_note(command.note, sold_in) if plain else None
    if asked is None:
        return command
    kept = without_count(command.note, asked[1]).split()
    return replace(command, quantity=asked[0], note=" ".join(w for w in kept if not _BARE_PLUS.match(w)))


def join_example(
    lang: str, command: Command, number: int, option: str = "", sold_in: str = "", title: str = ""
) -> str:
    """The join as she typed it, naming group buy `number` (and the option she holds there): `+2 #4`,
    `+2斤 #4`, `+1 #6 豆沙`, `+1 #1 帮 小王 3号楼` (`帮 小王` / `for Wang` as the command was typed); a
    weight in the unit `sold_in` when it converts to a whole amount of it (`+1000g`: `+1 kg #11`); words
    naming its product (`title`) are no note there (`+1 green onion`: `+1 #4` for 大葱)."""
    measured = command.measured
    converted = None
    if measured is not None and not measured.part and not same_unit(measured.unit, sold_in):
        converted = in_unit(Fraction(measured.quantity), measured.unit, sold_in)
    if measured is not None and converted is not None and converted.denominator == 1 and converted > 0:
        space = " " if sold_in.isascii() else ""
        example, note = f"+{converted.numerator}{space}{sold_in} #{number}", measured.note
    elif measured is not None and measured.part:  # `+1.5斤`: as typed, never a whole amount she did not say
        example, note = f"+{measured.part} #{number}", measured.note
    elif measured is not None and measured.unit.isascii():  # `+2 kg`: the number after its unit word
        example, note = f"+{measured.quantity} {measured.unit} #{number}", measured.note
    elif measured is not None:  # `+2斤`: the unit typed stays, so does the note after it
        example, note = f"+{measured.quantity}{measured.unit} #{number}", measured.note
    else:  # `加1加1 要三份`: the count the note asks for (`+3 #1`), never one the join refuses
        counted = note_counted(command, sold_in)
        example, note = f"+{counted.quantity or 1} #{number}", counted.note
    note = beyond_title(title, note) if title and note else note
    if option and option not in note.split():  # `+1 豆沙` typed: said once
        example = f"{example} {option}"
    if command.friend:  # `+1 帮 小王`: followed, the example is 小王's line too (`+1 #2 帮 小王`)
        example = t(lang, "which_example_join_for", example=example, friend=command.friend)
    return f"{example} {note}" if note else example


def _which_join(lang: str, params: dict[str, Any], command: Command) -> str:
    """`+1` naming none of several open: which one, each listed (from a member on some, with what she
    holds on it: `#1 芒果（你已跟 1 份） · #2 荔枝`), nothing added, and an example for each in the order
    listed (`荔枝发 +1 #4，赣南脐橙发 +1 #5`; `+1 #6 豆沙` where she holds only 豆沙), so no example
    points a regular at the neighbour's group buy, and each keeps the quantity, friend and note."""
    held = params.get("held") or [(number, title, 0, "") for number, title in params["listed"]]
    sold_in = list(params.get("units") or ())  # each one's unit (`斤`: `你已跟 2斤`), "" by the 份
    sold_in += [""] * (len(held) - len(sold_in))
    choices = " · ".join(
        t(lang, "which_choice_held", id=number, title=title, quantity=unit_texts.more(lang, units, unit))
        if units
        else f"#{number} {title}"
        for (number, title, units, _), unit in zip(held, sold_in, strict=True)
    )
    measured = command.measured
    if measured is not None and measured.part and not measured.unit:  # `+1.5`, `+1,5`: no whole amount
        # of any of them: each example a whole one (`+1 #1`), never the decimal refused
        command = replace(command, measured=None, quantity=max(measured.quantity, 1), note=measured.note)
        measured = None
    each = [(entry, unit) for entry, unit in zip(held, sold_in, strict=True) if _fits(command, unit)]
    other = measured is not None and not measured.part and unit_key(measured.unit) in OTHER_COUNT_WORDS
    if not each and measured is not None and other:  # `+2条`: no open one takes 条, so
        # each example is what works there, her number without the word (`+2 #1`), never a refused form
        command = replace(command, measured=None, quantity=measured.quantity or 1, note=measured.note)
    named = dict(zip((number for number, *_ in held), params.get("options") or (), strict=False))
    rooms = dict(zip((number for number, *_ in held), params.get("rooms") or (), strict=False))
    limits = dict(zip((number for number, *_ in held), params.get("limits") or (), strict=False))
    stated = params.get("stated")  # `要两份`: a count, not "more": set her line to it, or add it
    examples = t(lang, "which_examples_separator").join(
        _set_or_add(lang, title, number, units, unit, int(stated))
        if isinstance(stated, int) and units and not option and command.measured is None
        else _example_within_limit(
            lang,
            command,
            number,
            title,
            named.get(number) or option,
            unit,
            rooms.get(number),
            limits.get(number),
        )
        for (number, title, units, option), unit in each or zip(held, sold_in, strict=True)
    )
    choices = with_shown(lang, params, choices)
    return t(lang, "which_group_buy_join", n=params["n"], choices=choices, examples=examples)


def _set_or_add(lang: str, title: str, number: int, held: int, unit: str, n: int) -> str:
    """A count said without "more" (`要两份`) where she holds a line on `number`: both forms, as with
    one open (`土鸡蛋发 改成2盒 #3（改成 2盒）或 +2 #3（再加 2盒）`); holding that many, the add only
    (rep78 #7: `+2 #3` alone gave her 3, not 2)."""
    asked = unit_texts.more(lang, n, unit)
    example = f"+{n} #{number}"
    if held == n:
        return example_each(lang, title, t(lang, "which_example_held_add", example=example, asked=asked))
    set_to = unit_texts.set_to_example(lang, n, unit, number=number)
    said = t(lang, "which_example_set_or_add", set_to=set_to, example=example, asked=asked)
    return example_each(lang, title, said)


def _example_within_limit(
    lang: str,
    command: Command,
    number: int,
    title: str,
    option: str,
    sold_in: str,
    room: int | None,
    limit: int | None,
) -> str:
    """One group buy's example in the join question, never one its per-person limit refuses: her count
    when it fits what the limit leaves her (`room`), else that many (`+1 #3` where `+2 #3` would break a
    limit of 3 she holds 2 of), else that she is at the limit (`土鸡蛋 已到每人限购 3 份`)."""
    wanted = command.quantity or 1
    if room is not None and limit is not None and command.measured is None and wanted > room:
        if room == 0:
            return t(lang, "which_example_at_limit", title=title, limit=limit)
        command = replace(command, quantity=room)
    return example_each(lang, title, join_example(lang, command, number, option, sold_in, title))


def _which_leave(lang: str, params: dict[str, Any], command: Command) -> str:
    """`退一份`, `-1` naming none of several open, she on some of them: how many are open, hers listed with
    what she holds on each (`#2 阳光玫瑰（你已跟 1 份）`), nothing changed, the leave with a number."""
    held = params["leaving"]
    sold_in = list(params.get("units") or ()) + [""] * len(held)
    choices = " · ".join(
        t(lang, "which_choice_held", id=number, title=title, quantity=unit_texts.more(lang, units, unit))
        if units
        else f"#{number} {title}"
        for (number, title, units), unit in zip(held, sold_in, strict=False)
    )
    wanted = command.quantity or 1  # `-2`: one she holds 2 of, when she does
    number = next((number for number, _, units in held if units >= wanted), params["example"])
    example = f"-{wanted} #{number}"
    return t(lang, "which_group_buy_leave", n=params["n"], mine=len(held), choices=choices, example=example)


def example_each(lang: str, title: str, example: str) -> str:
    """One group buy's example in a which-question (`芒果发 +1 #4`); a title ending in a Latin letter or
    digit is spaced from the word after it (`Zongzi 发 +1 #11`, not `Zongzi发`)."""
    latin = title[-1:].isascii() and title[-1:].isalnum()
    return t(
        lang, "which_example_each_latin" if latin else "which_example_each", title=title, example=example
    )


def _fits(command: Command, sold_in: str) -> bool:
    """Whether the join's amount may be sent to a group buy sold in `sold_in` ("" by the 份): a weight
    (`+1kg`) only to one sold by a weight it converts to, or (`+2斤`, a count word) by the 份 as ever;
    so the which-question never suggests `+1 kg #4` for one that refuses it."""
    measured = command.measured
    if measured is None or measured.before:
        return True
    if sold_in:  # `+6枚` of eggs sold by the 打: as typed, answered in dozens (never `+6`: 6 dozen)
        dozen = unit_key(sold_in) == "dozen" and unit_key(measured.unit) in DOZEN_PIECE_WORDS
        return dozen or counts_in(measured.unit, sold_in)
    if unit_key(measured.unit) in OTHER_COUNT_WORDS:  # `+2条`: no 份 of it (group_buys._as_portions)
        return False
    return grams(measured.unit) is None or unit_key(measured.unit) == "斤"

"""Several items in one join (`+1kg lychee +1 durian`, `+1 芒果 +2 大葱`, `芒果+1 鸡蛋+2`): one a message.

A second `+N` / `加N` / `-N` in a join's note whose words name another group buy open in the chat would
join the first and lose the second in a note (the durian never ordered). Nothing is joined: the member is
answered with the messages to send one by one (`join_one_item_at_a_time`), as two people in one message
are (`join_one_at_a_time`). So is a second item naming an existing group buy by its number
(`+2 #1 +5 #3`, `+2 #1 +5 #1`): never a note (in private, where no join is taken, answered as `+1 #1`
is there). So is a second `+N` naming an option of one open
here (`+1 vanilla, +1 rose`, `+1 pistachio +1 rose`: never rose joined with vanilla as its note). A second
`+N` naming none of them (`+1 3号楼 +1`) joins as read; products each before
their count (`芒果+1 鸡蛋+2`) naming none are talk, left unanswered.
"""

from __future__ import annotations

import re

from commerce.domain.ask_relevance import product_named
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.options import option_in_note
from commerce.domain.titles import word_names
from commerce.domain.units import same_unit, unit_key
from commerce.services import group_buys as service
from handlers.context import Context
from handlers.parsing.joins import kin_name
from handlers.types import Request
from handlers.whose_line import line_name

_NUMBER = re.compile(r"#\s*(\d{1,9})")
_AMOUNT = re.compile(r"^[+＋]\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>[^\s\d#]*)(?=\s)")  # `+2打 鸡蛋`
_AND = re.compile(r"和|跟|与|及|还有|以及|、")  # `桃子和芒果`: two products in one sentence's word
_TRIM = " ,，.。!！~～、;；:：()（）"
_SELF = frozenset({"我", "我自己", "自己"})  # `我 +1 小李 +1`: her own, then 小李's


async def refused(ctx: Context) -> bool | None:
    """Raise `join_one_item_at_a_time` when a later item names an existing group buy by number, or the
    join's items name two group buys open here (or the
    second names one and the first another or none); True when it is talk (`芒果+1 鸡蛋+2` naming none
    of them: left unanswered), None when it joins as read."""
    command = ctx.command
    if len(command.items) < 2 or command.tap or command.pasted:
        return None
    if ctx.is_private:
        return True if command.items_first else None
    if await _numbered_apart(ctx, " ".join(command.items[1:])):  # `+2 #1 +5 #3`, `+2 #1 +5 #1`
        second = " ".join(command.items[1:])
        raise DomainError("join_one_item_at_a_time", first=command.items[0], second=second)
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    first = _named(command.items[0], open_here)
    rest = _named(" ".join(command.items[1:]), open_here)
    if len(open_here) > 1 and rest and (not first or first != rest) and len(command.items) > 2:
        items = tuple(_numbered(item, open_here) for item in command.items)  # `+2 #3`, `+5 #2`, `+1 #1`
        raise DomainError("join_items_one_by_one", items=items)
    if len(open_here) > 1 and rest and (not first or first != rest):
        second = " ".join(command.items[1:])
        raise DomainError("join_one_item_at_a_time", first=command.items[0], second=second)
    if _options_named(" ".join(command.items[1:]), open_here):  # `+1 vanilla, +1 rose`: two options
        second = " ".join(command.items[1:])
        raise DomainError("join_one_item_at_a_time", first=command.items[0], second=second)
    people = _people(ctx.request, command.items) if command.items_first and open_here else None
    if people is not None and not (await ctx.lang(guess=True)).startswith("zh"):  # `+1 for Kim`
        people = tuple(join.replace(" 帮 ", " for ") for join in people)
    if people is not None and len(people) == 2:  # `小王 +1 小李 +1`: a 接龙 list's habit, one a message
        raise DomainError("join_one_at_a_time", first=people[0], second=people[1])
    if people is not None:
        raise DomainError("join_people_one_by_one", items=people)
    return True if command.items_first else None


def _people(request: Request, items: tuple[str, ...]) -> tuple[str, ...] | None:
    """`小王 +1 小李 +1` (items `+1 小王`, `+1 小李`): each a person's name (her own, 我, a kinship word or
    a person's, as `小李 +2` alone is read) and one at least another's: the joins to send one by one
    (`+1 帮 小王`, `+1 帮 小李`; her own `+1`); else None (products, or talk)."""
    joins: list[str] = []
    for item in items:
        amount, _, word = item.partition(" ")
        if word.startswith("@") and len(word) > 1:  # `@王阿姨 +1 @Kim +1`: members mentioned
            joins.append(f"{amount} 帮 {word[1:]}")
            continue
        whose = "" if word in _SELF else kin_name(word)
        whose = line_name(request, word) if whose is None else whose
        if whose is None:
            return None
        joins.append(f"{amount} 帮 {whose}" if whose else amount)
    return tuple(joins) if any(" " in join for join in joins) else None


def _options_named(item: str, open_here: list[GroupBuy]) -> bool:
    """Whether a later item names an option of a group buy open here (`+1 rose`): never a note on the
    first's line, nor the first's words a note on its."""
    words = " ".join(word.strip(_TRIM) for word in item.split())
    return any(option_in_note(group_buy, words)[0] for group_buy in open_here if group_buy.terms.options)


async def _numbered_apart(ctx: Context, rest: str) -> bool:
    """`rest` (the items after the first) names an existing group buy by its number (`+5 #3`), the
    first's own too (`+2 #1 +5 #1`: one by one, as with any two items)."""
    for number in _NUMBER.findall(rest):
        if await ctx.uow.group_buys.get(int(number)) is not None:
            return True
    return False


def _numbered(item: str, open_here: list[GroupBuy]) -> str:
    """`+2打 鸡蛋` naming only 鸡蛋 (#3, sold by the 打) open here: `+2 #3`, its unit dropped where it is
    the one sold in (`+2个 #3` kept); an item naming none or several of them as typed."""
    named = _named(item, open_here)
    amount = _AMOUNT.match(item)
    if len(named) != 1 or amount is None:
        return item
    group_buy = next(g for g in open_here if g.id in named)
    unit = amount.group("unit")
    if unit_key(unit) and not same_unit(unit, group_buy.terms.unit):
        return f"+{amount.group('n')}{unit} #{group_buy.id}"
    return f"+{amount.group('n')} #{group_buy.id}"


def _named(item: str, open_here: list[GroupBuy]) -> frozenset[int]:
    """The group buys open here whose product a word of `item` names (`durian`, `大葱`, `#2`)."""
    words = [word.strip(_TRIM) for word in item.split()]
    named = set()
    for group_buy in open_here:
        assert group_buy.id is not None
        title = group_buy.terms.title
        if any(
            w == f"#{group_buy.id}" or word_names(w, title) or product_named(w, title) for w in words if w
        ):
            named.add(group_buy.id)
    return frozenset(named)


def two_products(quantity: int | None, word: str, open_here: list[GroupBuy]) -> None:
    """`要2份桃子和芒果`, `桃子和芒果各要2份`: a sentence's product word naming two group buys open here
    would join the first and lose the second; raise `join_one_item_at_a_time` with the two joins to
    send (`+2 桃子`, then `+2 芒果`). A word naming one (`桃子`, `和田玉枣`) returns."""
    parts = [part.strip().rstrip("各都") for part in _AND.split(word) if part.strip().rstrip("各都")]
    if len(parts) < 2:
        return
    named = [
        next((g for g in open_here if service.names_product(part, g.terms.title)), None) for part in parts
    ]
    if any(group_buy is None for group_buy in named) or len({g.id for g in named if g}) < 2:
        return
    sign = f"+{quantity or 1}"
    raise DomainError("join_one_item_at_a_time", first=f"{sign} {parts[0]}", second=f"{sign} {parts[1]}")

"""The lines of a pasted 接龙 list below the member's own that name someone else (`7. 文文妈妈 1` under
`6. 文文 1`): a paste adds her own line only, so each such line not on the group buy yet is named in the
answer with the join that adds it (`+1 帮 文文妈妈`), never dropped in silence nor guessed to be a
friend's."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.units import grams
from commerce.services.group_buys import listed, names_product
from handlers.context import Context
from handlers.parsing.commands import Command
from handlers.parsing.joins import KIN_WORD
from handlers.texts import t
from handlers.texts import units as unit_texts

_ZH_NAME = r"[\u3400-\u9fff]{1,6}"
_EN_NAME = r"(?:my\s+)?[A-Za-z][\w'’-]*"
# a friend's count written on her own pasted line (`小美 1 帮妈妈 1`, `Kim 1 (for my sister 1)`, `Kim small
# 1, for my sister big 1`, `阿强 小盒1 我妈 小盒1`, `小盒1 + 老婆 小盒2`, `小盒1（老婆 小盒2）`,
# `veg 1 + sister veg 1`): whom for, an option word before the count, the count
_FRIEND_IN_NOTE = re.compile(
    rf"(?:(?:^|[\s(（,，;；])(?:(?:帮|替)\s*(?P<zh>{_ZH_NAME})|for\s+(?P<en>{_EN_NAME})|(?P<kin>{KIN_WORD}))"
    rf"|(?:[(（]|(?:^|\s)[+＋])\s*(?:(?P<zh2>{_ZH_NAME})|(?P<en2>{_EN_NAME})))"
    r"\s*(?:(?P<word>[A-Za-z]{2,12}|[\u3400-\u9fff]{1,4}?)\s*)?(?P<n>\d{1,2})\s*(?:份|盒|个|[)）])?\s*$",
    re.IGNORECASE,
)
_LEFT_OVER = " ,，;；+＋(（"


def friend_apart(command: Command) -> Command:
    """Her own pasted line with a friend's count in its note (`帮老婆 小盒2`, `(for my sister 1)`, rep92
    #2/#3): that part taken out of the note (never her line's note, never read for her option) and kept
    as `note_friend`, said not added with the join that adds it; the command as it was otherwise."""
    if not command.pasted or command.friend or command.note_friend or not command.note:
        return command
    found = _FRIEND_IN_NOTE.search(command.note)
    if found is None:
        return command
    friend = next(found.group(g) for g in ("zh", "en", "kin", "zh2", "en2") if found.group(g))
    kept = command.note[: found.start()].rstrip(_LEFT_OVER) + command.note[found.end() :]
    measured = command.measured
    if measured is not None and measured.note == command.note:  # `王阿姨 1盒 帮女儿 1盒`
        measured = replace(measured, note=kept.strip())
    return replace(
        command,
        note=kept.strip(),
        measured=measured,
        note_friend=(" ".join(friend.split()), found.group("word") or "", found.group("n")),
    )


async def friend_in_note(ctx: Context, group_buy: GroupBuy, command: Command, option: str, lang: str) -> str:
    """Her own pasted line's friend's count (`note_friend`: `帮妈妈 1`, `for my sister 1`, rep88 #4): the
    remark a friend's line of the list gets, that it was not added and the join that adds it (`+1 帮
    妈妈`; with the option, hers when none is named, on a group buy with options: `+2 小盒 帮 老婆`); ""
    for none."""
    if not command.note_friend:
        return ""
    friend, word, count = command.note_friend
    if group_buy.terms.options and not word:
        word = option
    amount = f"{count} {word}" if word else count
    several = await ctx.uow.group_buys.count_open_in_chat(group_buy.chat_id) > 1
    at = f" #{group_buy.id}" if several else ""
    example = t(lang, "pasted_friend_join", amount=amount, at=at, friend=friend)
    return t(lang, "pasted_line_not_added", names=f"“{friend}”", example=example)


def _folded(name: str) -> str:
    return " ".join(name.split()).casefold()


async def not_added(ctx: Context, group_buy: GroupBuy, lines: tuple[tuple[str, str], ...], lang: str) -> str:
    """The sentence naming the `lines` (name, amount) not on `group_buy` (neither a member's nor a
    friend's line there, nor the sender's own name, nor a name on it pasted no more times than it holds
    lines so called), with the friend's join for the first, then one on a line of a count and no name
    (`6. 2`, name ""); "" for none."""
    named = await _named_not_added(ctx, group_buy, tuple(line for line in lines if line[0]), lang)
    nameless = next((amount for name, amount in lines if not name), "")
    if not nameless:
        return named
    several = await ctx.uow.group_buys.count_open_in_chat(group_buy.chat_id) > 1
    at = f" #{group_buy.id}" if several else ""
    said = t(lang, "pasted_line_nameless", amount=nameless.split(" ", 1)[0], at=at)
    return f"{named}\n{said}" if named else said  # each ends with the join to send: a line each


async def _named_not_added(
    ctx: Context, group_buy: GroupBuy, lines: tuple[tuple[str, str], ...], lang: str
) -> str:
    if not lines:
        return ""
    assert group_buy.id is not None
    listed = {_folded(name) for name in (ctx.request.display_name, ctx.request.alias or "") if name}
    held: Counter[str] = Counter()  # the lines on it each name is on: a friend's by the friend's name
    for line in await ctx.uow.group_buys.participants(group_buy.id):
        listed |= {_folded(line.display_name), _folded(line.friend)}
        held[_folded(line.friend or line.display_name)] += 1
    pasted = Counter(_folded(name) for name in ctx.command.list_names)
    missing: dict[str, str] = {}
    again: set[str] = set()  # `7. 帮赵奶奶 2` under Ning's `5. 帮赵奶奶 2`: a line more than held
    for name, amount in lines:
        key = _folded(name)
        if key not in listed:
            missing.setdefault(name, amount)
        elif pasted[key] > max(held[key], 1):
            missing[name] = amount  # the later copy, the one added
            again.add(name)
    if not missing:
        return ""
    several = await ctx.uow.group_buys.count_open_in_chat(group_buy.chat_id) > 1
    name, said = next(iter(missing.items()))
    amount, _, where = said.partition(" ")  # `2 6号楼101`: the line's address after the friend's name
    if where and not group_buy.terms.options and names_product(where, group_buy.terms.title):
        where = ""  # `小周 芒果2`: the product, no more to say (an option, `小盒 2`, is kept)
    example = t(
        lang, "pasted_friend_join", amount=amount, at=f" #{group_buy.id}" if several else "", friend=name
    )
    if where:
        example = f"{example} {where}"
    names = t(lang, "list_separator").join(f"“{each}”" for each in missing)
    if again and set(missing) == again and len(missing) == 1 and not ctx.command.friend:
        return t(lang, "pasted_line_again", name=name, example=example)
    if ctx.command.friend:  # no line of hers, only `帮赵奶奶 2`: a line above may be her under another name
        own = f"+{amount}" + (f" #{group_buy.id}" if several else "")
        if len(missing) == 1:
            return t(
                lang,
                "pasted_line_not_added_for_friend",
                names=names,
                name=ctx.request.display_name,
                friend=ctx.command.friend,
                line=name,
                own=own,
                example=example,
            )
        return t(
            lang,
            "pasted_lines_not_added_for_friend",
            names=names,
            name=ctx.request.display_name,
            friend=ctx.command.friend,
            own=own,
            example=example,
        )
    return t(
        lang,
        "pasted_line_not_added" if len(missing) == 1 else "pasted_lines_not_added",
        names=names,
        example=example,
    )


async def mistakes(ctx: Context, group_buy: GroupBuy, command: Command, lang: str) -> str:
    """One short remark on a pasted list's mistake (rep77 #9), nothing changed for anyone: another member's
    line with a count other than recorded (`2. 张叔 3盒` where 张叔 has 2), else her own name on several
    lines; "" for none (or a group buy sold by weight, its lines in its unit; one by the 盒 is read, rep92
    #11)."""
    if grams(group_buy.terms.unit) is not None or not (command.listed or command.own_twice):
        return ""  # by weight: its lines' counts are in its unit (`张叔 3盒` on one by the 盒 is read)
    assert group_buy.id is not None
    me = ctx.request.user_id
    recorded: dict[str, int] = {}
    for line in await ctx.uow.group_buys.participants(group_buy.id):
        if line.user_id != me and not line.friend and not line.option:
            key = _folded(line.display_name)
            recorded[key] = recorded.get(key, 0) + line.quantity
    for name, typed, quantity in command.listed:
        held = recorded.get(_folded(name))
        if held is not None and held != quantity and group_buy.terms.unit:  # `张叔 2盒` holding 3盒
            unit = group_buy.terms.unit
            return t(
                lang,
                "pasted_count_differs_in_unit",
                line=typed,
                recorded=unit_texts.quantity(held, unit, lang),
                typed=unit_texts.quantity(quantity, unit, lang),
            )
        if held is not None and held != quantity:
            return t(lang, "pasted_count_differs", line=typed, recorded=held, typed=quantity)
    if command.own_twice:
        return t(lang, "pasted_own_twice", total=command.own_twice)
    return ""


async def last_line_not_hers(ctx: Context) -> bool:
    """The bot's card pasted back whose last line names someone else (`4. Kim small 2` from Sue), no
    other member of that name on the group buy (the join refuses another member's line): a line for
    someone else, never hers (rep83 #2): refused with the friend's join that adds it and her own, nothing
    changed. Nothing is said here when the group buy it is for is not one open here; True when the
    line is another member's and names no option or product: the card copied unchanged, talk."""
    command = ctx.command
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if command.group_buy_id is not None:
        open_here = [each for each in open_here if each.id == command.group_buy_id]
    if len(open_here) != 1:
        return False
    group_buy = open_here[0]
    assert group_buy.id is not None
    key = _folded(command.list_name)
    for line in await ctx.uow.group_buys.participants(group_buy.id):
        if line.user_id != ctx.request.user_id and _folded(line.display_name) == key:
            return not command.products  # with its option the join refuses it (pasted_line_not_hers)
    word, count = command.products[0] if len(command.products) == 1 else ("", command.quantity or 1)
    amount = f"{count} {word}" if word else str(count)  # `+2 small for Kim`, `+2 小盒 帮 Kim`
    measured = command.measured
    if not word and measured is not None and measured.unit and not measured.part:  # `3斤`
        count, amount = measured.quantity, f"{measured.quantity}{measured.unit}"
    several = await ctx.uow.group_buys.count_open_in_chat(group_buy.chat_id) > 1
    at = f" #{group_buy.id}" if several else ""
    lang = await ctx.lang(group_buy)
    raise DomainError(
        "pasted_last_line_not_hers",
        name=command.list_name,
        example=t(lang, "pasted_friend_join", amount=amount, at=at, friend=command.list_name),
        own=f"+{count}{at} {word}" if word else f"+{amount}{at}",
    )


async def own_line_kept(ctx: Context, group_buy_id: int | None = None) -> DomainError | None:
    """A pasted list whose line of hers says less or none (`command.own_off`: `小美 不要了`, `0盒`, `2盒 -1`)
    or that has no line of hers at all (`group_buy_id`: the one it is for, rep92 #7): a paste never
    lowers her line nor takes it off. The answer says so, what she still holds and the leave (`-2`) and
    set-to (`改成1盒`) that would, nothing changed; with none of hers there, that she is on none of it. None
    when the group buy is not known (several open, the list naming none) or, her line missing, she holds
    nothing there or the list has her line by the name it shows."""
    command = ctx.command
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if group_buy_id is not None:
        open_here = [each for each in open_here if each.id == group_buy_id]
    group_buy = listed(open_here, command.list_title) or (open_here[0] if len(open_here) == 1 else None)
    if group_buy is None or group_buy.id is None:
        return None
    lines = [
        line
        for line in await ctx.uow.group_buys.lines_of(group_buy.id, ctx.request.user_id)
        if not line.friend and line.quantity > 0
    ]
    said, unit, title = command.own_off, group_buy.terms.unit, group_buy.terms.title
    pasted = {_folded(name) for name in (*command.list_names, command.list_name)}
    if not said and any(_folded(line.display_name) in pasted for line in lines):
        return None  # her line is on it by the name it shows (`1. 小李 2斤` from Li): not missing
    if not lines:
        if not said:
            return None
        return DomainError("pasted_own_line_off_none", said=said, id=group_buy.id, title=title)
    lang = await ctx.lang(group_buy)
    several = await ctx.uow.group_buys.count_open_in_chat(group_buy.chat_id) > 1
    at = f" #{group_buy.id}" if several else ""
    held = t(lang, "list_separator").join(
        f"{line.option} ×{line.quantity}" if line.option else unit_texts.units(lang, line.quantity, unit)
        for line in lines
    )
    first = lines[0]
    option = f" {first.option}" if first.option else ""
    leave = f"-{first.quantity}{at}{option}"
    if first.quantity > 1:
        lower = first.quantity - 1
        change = unit_texts.set_to_example(lang, lower, unit, first.option, group_buy.id if several else None)
        how = t(lang, "pasted_own_line_leave_or_lower", leave=leave, change=change)
    else:
        how = t(lang, "pasted_own_line_leave", leave=leave)
    if said:
        return DomainError("pasted_own_line_off", said=said, id=group_buy.id, title=title, held=held, how=how)
    return DomainError("pasted_own_line_missing", id=group_buy.id, title=title, held=held, how=how)

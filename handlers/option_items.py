"""Two options of one group buy in one message, each with its count (`豆沙 2 咸蛋黄 3`, `+1 small +2 big`,
`+1 vanilla, +1 rose`): each option joined that many, in one unit of work, all or nothing.

Each item (`command.items`: `+2 豆沙`, `+3 咸蛋黄`) is joined as its own `+N option` would be. One refused
(sold out, over its limit, too few left) undoes them all: the answer names each refused with why, and
that nothing was added, and offers what went through as one message to send (`要 豆沙 就发 +2 豆沙`).
Items naming anything else (another group buy, a note, the same option twice, a friend) are left to the
answers they had (`handlers.several_items`: one a message). A plain `+1` has no items: never a read here.
`豆沙 2`, `veg 2 pork 3` (no `+`) are joins only where the words are options here (`counted`)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.options import option_in_note
from commerce.services import group_buys as service
from handlers.context import Context
from handlers.texts import refusal_text, t
from handlers.texts.catalog import resolve
from handlers.types import Reply
from handlers.whose_line import line_name

# `+2 豆沙`, `+3份 咸蛋黄`, `+1 #2 small`: the item's count, then its words
_ITEM = re.compile(r"^[+＋]\s*(?P<n>\d{1,4})\s*份?\s+(?P<words>\S.*)$")
_NUMBER = re.compile(r"#\s*(\d{1,9})")
_TRIM = " ,，.。!！~～、;；:："
# the echo of an option held that many (`handlers.echoes`): `菜 2 肉 3` sent again adds nothing
_HELD = "join_restated_held_option"
_AT_END = re.compile(r" #\d+$")
# a refusal's own "nothing was changed": said once, of the whole message
_NOTHING_CHANGED = re.compile(
    r"[，,]?\s*(?:这次)?没有(?:任何)?改动(?=[。，；]|$)|\s*Nothing (?:was )?changed\."
    r"|[,;]?\s*so nothing was changed|[,;]?\s*nothing was changed(?=[.;])"
)


def _read(items: tuple[str, ...]) -> list[tuple[int, str, int | None]] | None:
    """Each item's count, words and `#N` (None: an item of another shape)."""
    read = []
    for item in items:
        found = _ITEM.match(item.strip(_TRIM))
        if found is None:
            return None
        words = found.group("words")
        numbers = _NUMBER.findall(words)
        if len(numbers) > 1:
            return None
        words = " ".join(w.strip(_TRIM) for w in _NUMBER.sub(" ", words).split() if w.strip(_TRIM))
        read.append((int(found.group("n")), words, int(numbers[0]) if numbers else None))
    return read


def _options(group_buy: GroupBuy, read: list[tuple[int, str, int | None]]) -> list[str] | None:
    """The option each item names on `group_buy`, exactly (no word left over), each a different one."""
    if not group_buy.terms.options:
        return None
    named = []
    for _, words, number in read:
        if number is not None and number != group_buy.id:
            return None
        option, rest = option_in_note(group_buy, words)
        if not option or rest:
            return None
        named.append(option)
    return named if len(set(named)) == len(named) else None


def _named_exactly(group_buy: GroupBuy, read: list[tuple[int, str, int | None]]) -> bool:
    """Whether each item's words are the name of an option of `group_buy` (case, width and spaces aside:
    `option_named`), each a different one."""
    named = [group_buy.option_named(words) for _, words, _ in read]
    return all(named) and len({o.name for o in named if o is not None}) == len(named)


async def counted(ctx: Context) -> bool:
    """`豆沙 2`, `菜 2 肉 3`, `veg 2 pork 3`, `2 small 1 large` (`command.counted_options`): whether it is
    a join, read from here on as `+2 豆沙` (one) or `+2 豆沙 +3 咸蛋黄` (several, `joined`); False (talk,
    nothing read) unless the words are each an option's name on one group buy open here (`_named_exactly`).
    Any other join: True, never a read (a plain `+1` costs nothing here)."""
    command = ctx.command
    if not command.counted_options:
        return True
    read = _read(command.items)
    if read is None or ctx.is_private:
        return False
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    number = command.group_buy_id
    if not any((number is None or g.id == number) and _named_exactly(g, read) for g in open_here):
        titled = _titled(ctx, read, open_here)  # `鸡蛋×2`, `Eve 2份`: the product's, or her own name
        if titled:
            ctx.command = replace(command, counted_options=False, items=(), note=titled, titled=True)
        return bool(titled)  # `明天 2`, `小李 2`, `small box x2` beside 小盒 unasked: no option so called
    several = len(read) > 1  # `菜 2 肉 3`: each her count of it, as `豆沙 2` is (`joined`: an echo when held)
    items = command.items if several else ()
    ctx.command = replace(command, counted_options=False, items=items, stated=several)
    return True


# `鸡蛋×2`, `芒果 x2`, `鸡蛋 *2`: a count typed as times (a bare `芒果 30` may be its price: talk)
_TIMES = re.compile(r"[x×*＊]\s*\d", re.IGNORECASE)


def _titled(ctx: Context, read: list[tuple[int, str, int | None]], open_here: list[GroupBuy]) -> str:
    """The word of one word and its count that is no option's, read as `鸡蛋+2` / `Eve +2` read it: the
    product of a group buy open here said with its count as times (`鸡蛋×2`, `芒果 x2`), or her own name
    (`Eve 2`, `Eve 2份`: the 接龙 line's habit); "" for any other (talk: `小李 2`, `x2 speed`)."""
    if len(read) != 1:
        return ""
    _, word, _ = read[0]
    if line_name(ctx.request, word) == "":  # her display name, or her name in this group
        return word
    product = any(service.names_product(word, g.terms.title) for g in open_here)
    return word if product and _TIMES.search(ctx.request.text or "") else ""


async def joined(ctx: Context, join_one: Callable[[Context], Awaitable[list[Reply]]]) -> list[Reply] | None:
    """The replies to a join of two options or more each with its count, all joined; None when the
    message is no such join (no items, a tap, a paste, in private, items naming no one group buy's
    options). A refusal of any raises `join_options_refused` (each refused, why), nothing joined."""
    command = ctx.command
    if len(command.items) < 2 or command.tap or command.pasted or command.friend or ctx.is_private:
        return None
    read = _read(command.items)
    if read is None:
        return None
    numbers = {n for _, _, n in read if n is not None} | (
        {command.group_buy_id} if command.group_buy_id is not None else set()
    )
    if len(numbers) > 1:
        return None
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    found = [
        (g, named)
        for g in sorted(open_here, key=lambda g: g.id or 0)
        if (not numbers or g.id in numbers) and (named := _options(g, read)) is not None
    ]
    if len(found) != 1:
        return None
    group_buy, options = found[0]
    numbered = group_buy.id if numbers or len(open_here) > 1 else None
    lang = await ctx.lang(group_buy)
    texts: list[str] = []
    others: list[Reply] = []
    refused: list[str] = []
    taken: list[tuple[int, str]] = []  # the items that went through: what to send for them alone
    held: list[tuple[str, DomainError]] = []  # `菜 2 肉 3` sent again: each held that many (`command.stated`)
    for (count, _, _), option in zip(read, options, strict=True):
        ctx.command = replace(
            command,
            items=(),
            items_first=False,
            quantity=count,
            note=option,
            group_buy_id=numbered,
            titled=False,
            unitless=False,
            option="",
        )
        try:
            answer = await join_one(ctx)
        except DomainError as refusal:
            if refusal.code == _HELD:
                held.append((option, refusal))
                continue
            refused.append(_refused(lang, group_buy, option, refusal))
            continue
        taken.append((count, option))
        for reply in answer:
            if reply.text and not reply.private_to and not reply.is_card and not reply.chat_id:
                texts.append(reply.text)
            elif not (reply.is_card and any(r.card_of == reply.card_of and r.is_card for r in others)):
                others.append(reply)
    ctx.command = command
    if held and not refused and not taken:  # `菜 2 肉 3` again, holding both: one echo, nothing added
        raise _echo(lang, [each for _, each in held])
    if refused:  # what she holds that many of is no more added than the rest (`join_options_refused`)
        refused.extend(_refused(lang, group_buy, option, each) for option, each in held)
    for _, each in held if not refused else ():  # the others joined: each she held as it stays
        kept = each.params.get("held")
        texts.append(t(lang, "pasted_option_kept", title=group_buy.terms.title, id=group_buy.id, held=kept))
    if refused and taken:  # the part that would go through, one message to send (`+2 豆沙`: rep102 #9)
        at = f" #{numbered}" if numbered is not None else ""
        send = " ".join(f"+{count}{at if i == 0 else ''} {option}" for i, (count, option) in enumerate(taken))
        names = [option for _, option in taken]
        said = (
            "、".join(names)
            if resolve(lang) == "zh" or len(names) < 2
            else f"{', '.join(names[:-1])} and {names[-1]}"
        )
        raise DomainError("join_options_refused_rest", lines="\n".join(refused), names=said, send=send)
    if refused:  # one breaks a rule: none joined (the unit of work rolls back), each refused with why
        raise DomainError("join_options_refused", lines="\n".join(refused))
    return [Reply(text="\n".join(texts), language=lang), *others] if texts else others


def _refused(lang: str, group_buy: GroupBuy, option: str, refusal: DomainError) -> str:
    """`月饼 咸蛋黄（#1）没有加上：…`: one item refused and why, its own "nothing was changed" left out."""
    why = _NOTHING_CHANGED.sub("", refusal_text(lang, refusal)).replace("。。", "。").rstrip("，,；; ")
    title = f"{group_buy.terms.title} {option}"
    return t(lang, "pasted_product_refused", title=title, id=group_buy.id, why=why)


def _echo(lang: str, held: list[DomainError]) -> DomainError:
    """One echo of what she holds of each option named (`你已跟团 菜 ×2、肉 ×3；要再加请发 +2 菜 +3 肉。`)."""
    lines = [str(each.params.get("held")) for each in held]
    examples = [str(each.params.get("example")) for each in held]
    at = _AT_END.search(examples[0])
    plain = [_AT_END.sub("", example) for example in examples]
    if at is not None:  # `+2 #1 菜 +3 肉`: the group buy's number once, after the first count
        count, _, rest = plain[0].partition(" ")
        plain[0] = f"{count}{at.group()} {rest}"
    said = "、".join(lines) if resolve(lang) == "zh" else ", ".join(lines)
    return DomainError("join_restated_held_option", held=said, example=" ".join(plain))

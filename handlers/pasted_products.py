"""A pasted 接龙 list whose lines name the product with a count (`1. 小李 芒果1⏎…⏎4. 小周 芒果2`, `3. 老张
芒果1 鸡蛋1`), as WeChat groups with several buys open write them (rep70 #2). Her line joins each product it
names, that many (`芒果2`: as `+2 #1`), each read as a pasted line is (what she holds in all), one refused
(sold out, over its limit) never undoing the others: it is named with why; a product
word naming no group buy open here, or several, is one clear answer with the joins to send, nothing
joined. The bot's card list pasted back whose last line is someone else's (`4. 小周 芒果2` from 老张)
joins nothing and says how to add it (`+2 #1 帮 小周`), never silence. A line naming none of the open
ones reads as before (`芒果1` a note)."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import replace

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy
from commerce.domain.options import option_in_note
from commerce.services.group_buys import listed, names_product
from handlers.context import Context
from handlers.texts import refusal_text, t
from handlers.texts import units as unit_texts
from handlers.types import Reply

# a refusal's own "nothing was changed", said of the whole message: untrue beside a product that joined
_NOTHING_CHANGED = re.compile(
    r"[，,]?\s*(?:这次)?没有(?:任何)?改动(?=[。，；]|$)|\s*Nothing (?:was )?changed\."
    r"|[,;]?\s*so nothing was changed|[,;]?\s*nothing was changed(?=[.;])"
)


def _named(word: str, open_here: list[GroupBuy]) -> GroupBuy | None:
    found = [g for g in open_here if names_product(word, g.terms.title)]
    return found[0] if len(found) == 1 else None


def _options_named(
    products: tuple[tuple[str, int], ...], open_here: list[GroupBuy], list_title: str
) -> tuple[list[tuple[str, int, GroupBuy | None]], dict[int, str]]:
    """A pasted line naming several options of the one group buy its list is for, each with its count
    (`小美 大盒1 小盒2` on 粽子, rep88 #2): each (word, count, that group buy) and the option of each (by
    its place); ([], {}) when a word names none of its options, or the same one twice, or one only (read
    as before: `小美 大盒 1`)."""
    group_buy = listed(open_here, list_title) or (open_here[0] if len(open_here) == 1 else None)
    if group_buy is None or not group_buy.terms.options or len(products) < 2:
        return [], {}
    named = [option_in_note(group_buy, word) for word, _ in products]
    if any(not option or rest for option, rest in named) or len({o for o, _ in named}) < len(named):
        return [], {}
    found: list[tuple[str, int, GroupBuy | None]] = [(word, count, group_buy) for word, count in products]
    return found, {at: option for at, (option, _) in enumerate(named)}


async def joined(ctx: Context, join_one: Callable[[Context], Awaitable[list[Reply]]]) -> list[Reply] | None:
    """The replies to a pasted line's products (`command.products`), or None when it reads as before
    (no product names one open here, in private, no products). `join_one`: the join of one."""
    command = ctx.command
    if not command.products or ctx.is_private:
        return None
    open_here = sorted(await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id), key=lambda g: g.id or 0)
    found = [(word, count, _named(word, open_here)) for word, count in command.products]
    options: dict[int, str] = {}  # `小美 大盒1 小盒2`: each word an option of the one the list is for
    if not any(group_buy for _, _, group_buy in found):
        found, options = _options_named(command.products, open_here, command.list_title)
        if not found:
            return None
    if command.not_hers:  # the card's list, its last line someone else's: how to add it, nothing joined
        _, count, group_buy = next(each for each in found if each[2] is not None)
        assert group_buy is not None
        lang = await ctx.lang(group_buy)
        raise DomainError(
            "pasted_last_line_not_hers",
            name=command.list_name,
            example=t(
                lang, "pasted_friend_join", amount=count, at=f" #{group_buy.id}", friend=command.list_name
            ),
            own=f"+{count} #{group_buy.id}",
        )
    unread = [word for word, _, group_buy in found if group_buy is None]
    if unread:  # `芒果1 葡萄1`: one she can't have here; nothing joined, each join to send
        lang = await ctx.lang(guess=True)
        examples = " ".join(f"+1 #{g.id}" for g in open_here[:3])
        choices = t(lang, "list_separator").join(f"#{g.id} {g.terms.title}" for g in open_here)
        raise DomainError("pasted_products_unread", word=unread[0], choices=choices, example=examples)
    replies: list[Reply] = []
    texts: list[str] = []
    refused: list[tuple[GroupBuy, DomainError]] = []
    kept: list[DomainError] = []  # `already_listed`: her line of that option as pasted
    lang, added = "", False
    for at, (_, count, group_buy) in enumerate(found):
        assert group_buy is not None
        ctx.command = replace(
            command,
            products=(),
            group_buy_id=group_buy.id,
            quantity=count,
            note=options.get(at, ""),
            list_title="",
            list_name="",
            extra_lines=(),
        )
        lang = lang or await ctx.lang(group_buy)
        try:
            answer = await join_one(ctx)
        except DomainError as refusal:
            if refusal.code != "already_listed":  # one refused (sold out, its limit): the others still join
                refused.append((group_buy, refusal))
                continue
            kept.append(refusal)  # she holds that much of it already (rep92 #6: said after what joined)
            continue
        added = True
        for reply in answer:
            if reply.text and not reply.private_to and not reply.is_card:
                texts.append(reply.text)
            else:
                replies.append(reply)
    ctx.command = command
    if added:  # `阿May 大盒 ×1 小盒1` holding 大盒 ×1: 小盒 joined, said first; 大盒 said as it stays
        for each in kept:
            was = each.params
            held = unit_texts.held(lang, int(was.get("quantity") or 0), str(was.get("unit") or ""))
            texts.append(t(lang, "pasted_option_kept", title=was.get("title"), id=was.get("id"), held=held))
    else:
        texts = [refusal_text(lang, each) for each in kept] + texts
    if refused and not added and (len(refused) == 1 or texts):  # none joined: the first refusal, as ever
        raise refused[0][1]
    said = []  # each names its option, if any (`抱歉，月饼 大盒 已经卖完了`)
    for group_buy, refused_one in refused:  # `芒果1 鸡蛋1`, 鸡蛋 sold out: what was not added, and why
        why = _NOTHING_CHANGED.sub("", refusal_text(lang, refused_one)).rstrip("，,；; ")
        said.append(t(lang, "pasted_product_refused", title=group_buy.terms.title, id=group_buy.id, why=why))
    if refused and not added:  # `大盒1 小盒3`: 大盒 sold out, 小盒 over its limit: each with its why
        raise DomainError("pasted_products_all_refused", lines="\n".join(said))
    texts.extend(said)
    return [Reply(text="\n".join(texts), language=lang), *replies] if texts else replies

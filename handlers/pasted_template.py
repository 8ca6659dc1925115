"""The 团长's pasted WeChat 接龙 template (rep77 #3): `#接龙⏎本周团购：散养土鸡蛋 30枚/盒 45元⏎满10份每份减2⏎
明天晚上8点截单，周三下午在3号楼门口自提⏎⏎1. 王姐 1盒` was answered "没有进行中的团购".

Buyers paste the same template back with their own line added, so the parser never makes it an opening:
here, from someone organising no group buy open in the chat, with none open there of the template's
product and only her own line below it, it opens the group buy (`parsing.template`: its title, price,
tier, deadline and pickup), then joins her line. A pickup the opening cannot read is left out and how to
set it said; any other part it cannot read is one refusal naming it, with the `接龙 … 价格 …` form,
nothing opened. Otherwise (the buy from that template open) it is a paste-back, as before."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace

from commerce.domain.errors import DomainError
from handlers import group_buys
from handlers.context import Context
from handlers.parsing.commands import parse_text
from handlers.parsing.template import read_template
from handlers.texts import t
from handlers.types import Reply


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


async def opened(ctx: Context, join: Callable[[Context], Awaitable[list[Reply]]]) -> list[Reply] | None:
    """The replies to opening the template pasted and joining her line; None when it is no template of
    hers to open (a paste-back: joined as before). Never a database read for a plain `+1`."""
    command = ctx.command
    if ctx.is_private or not command.pasted or command.group_buy_id is not None:
        return None
    request = ctx.request
    template = read_template(request.text, (request.alias or "", request.display_name))
    if template is None or not template.only_hers:
        return None
    open_here = await ctx.uow.group_buys.open_in_chat(request.chat_id)
    if any(
        g.organiser_id == request.user_id or _folded(g.terms.title) == _folded(template.title)
        for g in open_here
    ):
        return None  # the buy from this template (or hers) is open: a paste-back
    if not template.named_her:  # `1. 王姐 1盒` from another account: hers unless it ran here under another
        ran = await ctx.uow.group_buys.closed_in_chat(request.chat_id)
        title = _folded(template.title)
        if any(_folded(g.terms.title) == title and g.organiser_id != request.user_id for g in ran):
            return None  # the template forwarded again after its buy closed: never opened by a buyer
    lang = await ctx.lang(guess=True)
    if template.unread:
        raise DomainError(
            "template_part_unread",
            part=template.unread,
            title=template.title or "土鸡蛋",
            price=template.price,
        )
    from handlers.registry import VOCABULARY  # here: the registry imports the handlers

    opening = parse_text(f"{template.opening} {template.pickup}".strip(), vocabulary=VOCABULARY)
    plain = parse_text(template.opening, vocabulary=VOCABULARY)
    if opening is None or opening.name != "open" or plain is None or plain.name != "open":
        raise DomainError(
            "template_part_unread", part=template.title, title=template.title, price=template.price
        )
    pickup_left = ""
    ctx.command = opening
    try:
        replies = await group_buys.open_group_buy(ctx)
    except DomainError:
        if not template.pickup:
            raise
        ctx.command = plain  # the pickup unread: opened without it, and how to set it said
        replies = await group_buys.open_group_buy(ctx)
        pickup_left = template.pickup
    made = await ctx.uow.group_buys.open_in_chat(request.chat_id, organiser=request.user_id)
    newest = max(made, key=lambda g: g.id or 0)
    if pickup_left and replies and replies[0].text:
        said = t(lang, "template_pickup_left_out", pickup=pickup_left.removeprefix("自提 "), id=newest.id)
        replies[0] = replace(replies[0], text=t(lang, "two_sentences", first=replies[0].text, second=said))
    ctx.command = replace(command, group_buy_id=newest.id)
    joined = await join(ctx)
    answers = [r for r in joined if r.text and r.card_of is None and r.private_to is None]
    if answers and replies and replies[0].text:  # one answer: opened, then her line
        text = t(lang, "two_sentences", first=replies[0].text, second=answers[0].text)
        replies[0] = replace(replies[0], text=text)
        first = answers[0]
        joined = [r for r in joined if r is not first and not (r.card_of == newest.id and not r.new_card)]
    return [*replies, *joined]

"""`什么时候到`, `粽子什么时候到？`, `鸡蛋到了吗`, `什么时候到货`, `when do they arrive?` (rep74 #2):
after the close, a buyer asking when the goods arrive is answered from her own orders, as
`什么时候可以取` answers (each group buy she holds an order of: its pickup place and time when set, else
that the organiser has not said, and whom to ask). In a group, a member with no order here (or naming a
product none of hers is) is talk, never answered; in private she is answered as the pickup question is."""

from __future__ import annotations

from commerce.domain.asking import arrival_asked, read
from commerce.services import asking as service
from handlers.context import Context

_AS_PICKUP = {"zh": "什么时候可以取", "en": "when can I pick up?"}


async def as_pickup(ctx: Context, text: str) -> str | None:
    """The pickup question `text` is answered as (`什么时候可以取`, `… #3` when it names one of hers),
    `text` itself when it asks nothing of arrival or, nothing of hers here, is asked of the bot (`问 大米
    什么时候到`: answered as any question), None to stay silent (overheard in a group, nothing of hers)."""
    what = arrival_asked(text)
    if what is None:
        return text
    asked = _AS_PICKUP["zh" if read(text).lang == "zh" else "en"]
    request = ctx.request
    question = read(asked)
    if ctx.is_private:
        mine = await service.mine_everywhere(ctx.uow, question, asker=request.user_id)
    else:
        mine = await service.mine_here(ctx.uow, question, chat_id=request.chat_id, asker=request.user_id)
    mine = [found for found in mine if found.order is not None]  # her orders: the goods to arrive
    if what:
        word = what.casefold()
        named = [
            found
            for found in mine
            if word in found.group_buy.terms.title.casefold()
            or any(word == option.name.casefold() for option in found.group_buy.terms.options)
        ]
        if len(named) == 1 and named[0].group_buy.id is not None:
            return f"{asked} #{named[0].group_buy.id}"
        mine = named or ([] if not ctx.is_private else mine)
    if not mine and not ctx.is_private:  # nothing of hers here: talk, unless asked of the bot (`问 …`)
        return None if ctx.command.in_words else text
    return asked

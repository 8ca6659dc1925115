"""`/console` (后台): a one-time link to the web console, sent in a private chat with the bot.

The link logs its member in once, within 10 minutes (commerce.domain.console); the database keeps only
its token's hash. In a group the bot says to ask privately (a link there would let anyone in). A member
who organises no group buy and helps with none is told the console has nothing for them. Where no
console is known to run at the link's address (no TUAN_CONSOLE_URL, no `--console`: the playground
alone), the link says how to start one. The link carries the language of the chat it was sent in
(`?lang=en`): its page speaks it where the browser chose none (bot.console.render.language).
"""

from __future__ import annotations

from commerce.domain.console import LINK_VALIDITY
from commerce.domain.errors import DomainError
from commerce.domain.member import identity
from commerce.services import console
from handlers.context import Context
from handlers.parsing.commands import slash_alone
from handlers.texts import t
from handlers.types import Reply


async def console_link(ctx: Context) -> list[Reply]:
    lang = await ctx.lang()
    if ctx.is_private and slash_alone(ctx.request.text or ""):  # a menu's `/console`: as she reads here
        lang = await ctx.known_language() or lang
    if not ctx.is_private:
        return [Reply(text=t(lang, "console_ask_privately", bot=ctx.config.bot_username), language=lang)]
    who = identity(ctx.request.platform, ctx.request.user_id)
    if await console.role_of(ctx.uow, who) is None:
        raise DomainError("console_nothing")
    token = await console.issue_link(ctx.uow, identity=who, now=ctx.now)
    # the page it opens speaks the chat's language, whatever the browser asks (rep69 #11)
    url = f"{ctx.config.console_url.rstrip('/')}/login/link/{token}?lang={lang}"
    minutes = int(LINK_VALIDITY.total_seconds() // 60)
    text = t(lang, "console_link", url=url, minutes=minutes)
    if not ctx.config.console_known:  # no TUAN_CONSOLE_URL, no `--console`: maybe nothing listens there
        text += "\n" + t(lang, "console_link_start")
    return [Reply(text=text, language=lang)]

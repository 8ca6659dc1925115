"""Chat settings and guidance: /lang (语言), /help (帮助), and the answers to things not understood."""

from __future__ import annotations

import re

from commerce.domain.errors import DomainError
from commerce.domain.group_buy import MAX_OPEN_LISTED
from commerce.domain.listings import card_key
from handlers import no_buttons
from handlers.context import Context
from handlers.texts import normalize_language, t
from handlers.types import Reply

_CJK = re.compile(r"[\u4e00-\u9fff]")


async def set_language(ctx: Context) -> list[Reply]:
    """/lang zh|en: the chat's language. In a group running group buys, only their organisers (or the
    chat's admins) may switch it: a buyer must not switch everyone's cards and orders (told so in the
    Chinese she typed, else in the language she asked for)."""
    chosen = normalize_language(ctx.command.rest)
    if chosen is None:
        return await _language_now(ctx, ctx.command.rest.strip())
    if not ctx.is_private and not ctx.request.is_admin:
        running = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
        organisers = {g.organiser_id: g.organiser_name for g in running}
        if running and ctx.request.user_id not in organisers:
            # said in the Chinese typed (`语言 英文`), else the language asked for (`/lang zh` in a zh
            # group: in zh), nothing changed
            said = "zh" if ctx.command.spoken == "zh" else chosen
            names = t(said, "list_separator").join(dict.fromkeys(organisers.values()))
            return [Reply(text=t(said, "lang_not_yours", organisers=names), language=said)]
    await ctx.uow.chats.set_language(ctx.request.chat_id, chosen)
    ctx.after_commit.append(lambda: ctx.memo.changed(ctx.request.chat_id, chosen))  # every worker's
    said = "lang_set_private" if ctx.is_private else "lang_set"  # a private chat is no group
    cards = [] if ctx.is_private else await _live_cards(ctx)
    return [Reply(text=t(chosen, said), language=chosen), *cards]


async def _language_now(ctx: Context, typed: str = "") -> list[Reply]:
    """`/lang` alone: which language the bot speaks here now, and how to change it, in that language: in
    private what the member is known to read (its `/lang`, her app's, the words she last used, her
    groups'), not the English of the slash word; in a group its `/lang`, else as it answers. A language
    it does not speak, `/lang fr`, `语言 法语` (`typed`, one word): said so first (rep94 #11). Nothing
    changes."""
    if ctx.is_private:
        lang = await ctx.known_language() or await ctx.lang()
        key = "lang_usage_private"
    else:
        lang = await ctx.chat_language() or await ctx.lang()
        key = "lang_usage"
    if typed and len(typed.split()) == 1:
        lang = "zh" if ctx.command.spoken == "zh" or _CJK.search(typed) else lang  # `语言 法语`: Chinese
        return [Reply(text=t(lang, "lang_unknown", typed=typed, now=t(lang, key)), language=lang)]
    return [Reply(text=t(lang, key), language=lang)]


async def _live_cards(ctx: Context) -> list[Reply]:
    """The cards of the group buys open here, its own and those help-sold (帮卖) here, edited in place so
    they speak the new language now, not at their next change (`refresh`: none posted anew)."""
    here = ctx.request.chat_id
    running = await ctx.uow.group_buys.open_in_chat(here)
    own = [g for g in running if g.id is not None and g.chat_id == here]  # a help-sold one: its listing's
    cards = [Reply(card_of=g.id, chat_id=here, refresh=True) for g in own if g.id is not None]
    for listing in await ctx.uow.listings.listed_in(here, limit=MAX_OPEN_LISTED):
        group_buy = await ctx.uow.group_buys.get(listing.group_buy_id)
        if listing.id is not None and group_buy is not None and group_buy.is_open:
            cards.append(Reply(card_of=card_key(listing.id), chat_id=here, refresh=True))
    return cards


# `/help <topic>`'s text (`handlers.parsing.commands.HELP_TOPICS`); none: the short help, a buyer's
HELP_TEXTS = {"organiser": "help_organiser", "pay": "help_pay"}


async def show_help(ctx: Context) -> list[Reply]:
    """`/help` (帮助, `help`, `怎么用`): the short help, what a buyer needs on one phone screen, naming the
    topics; `/help organiser` (帮助 团长, `怎么开团`), `/help pay` (帮助 付款): that topic."""
    lang = await ctx.lang()
    topic = HELP_TEXTS.get(ctx.command.rest)
    if topic is not None:  # WeChat: no Pay button to name (handlers/no_buttons.py)
        return [Reply(text=t(lang, no_buttons.text_key(topic, ctx.request.platform)), language=lang)]
    text = t(lang, "help")
    if ctx.is_private:  # its first line speaks of "this chat": in private, where group buys are not run
        text = "\n".join([t(lang, "help_intro_private"), *text.split("\n")[1:]])
    return [Reply(text=text, language=lang)]


async def help_hint(ctx: Context) -> list[Reply]:
    """Text not understood in a private chat: a pointer to /help (in a group the bot stays quiet), in the
    sender's language: the chat's `/lang`, their platform's, else the script they wrote in (`my order
    list` is answered in English, `我的单子` in Chinese)."""
    lang = (
        await ctx.chat_language() or normalize_language(ctx.request.language) or _written_in(ctx.request.text)
    )
    lang = lang or await ctx.lang()
    return [Reply(text=t(lang, "help_hint"), language=lang)]


def _written_in(text: str) -> str | None:
    """Chinese characters: "zh"; Latin letters only: "en"; neither (`???`): None."""
    if any("\u4e00" <= char <= "\u9fff" for char in text):
        return "zh"
    return "en" if any(char.isascii() and char.isalpha() for char in text) else None


async def unknown_command(ctx: Context) -> list[Reply]:
    """`/lsit`: not a command; the one it most likely meant (`Command.rest`: /list) is suggested."""
    if ctx.command.rest:
        raise DomainError("unknown_command_meant", command=ctx.command.word, meant=ctx.command.rest)
    raise DomainError("unknown_command", command=ctx.command.word)


async def invalid(ctx: Context) -> list[Reply]:
    """A command whose arguments could not be read: the parser's explanation, as a refusal."""
    assert ctx.command.error is not None
    raise ctx.command.error


async def stale_button(ctx: Context) -> list[Reply]:
    """A tap on data that is not (or no longer) ours: say so briefly."""
    lang = await ctx.lang()
    stale = no_buttons.text_key("button_stale", ctx.request.platform)  # WeChat: a numbered reply's
    return [Reply(toast=t(lang, stale), language=lang)]

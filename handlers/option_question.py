"""The answer to the bot's option question (多规格) in a private chat: a join there that names no option
of a group buy that has several is asked which (`option_which`); the member answering with just the
option's name (`小盒`, `5kg`, compared as `option_key` compares: case and width do not matter) joins with
it, as `+1 小盒` would (the join asked about kept: `我要两份` then `小盒` is two, `+1 … 3号楼` keeps its
note, `+2 … for Wang` is Wang's line; a word that was an option misnamed, `+1 … 7kg`, is no note); asked
after a join with a share code (`+1 团12-K7QM`), as `+1 团12-K7QM 小盒` would: the visit is recorded for
its sharer.

Only while that question is the last thing the bot asked the member there: any other command in that
private chat forgets it (`forget`, called by the ChatApp before every private command but the text it
did not understand), and it is forgotten after `ASKED_FOR`. Anything that is not exactly an option's
name keeps today's answer (handlers.settings.help_hint). Kept in the shared state as
`handlers.last_opened` keeps the code just opened; without one, nothing is remembered.

In a group, asked about the group buy the join named (`+1 #9`, its card's Join), the answer `+1 large`
(with several group buys open, more than one having `large`) joins #9, as `+1 #9 large`, within
`ASKED_IN_GROUP_FOR` (`join`). The memory is read only when such a join would otherwise be asked which
group buy, so a plain `+1` costs nothing more.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from commerce.domain import share_codes
from commerce.domain.ask_relevance import is_product_word
from commerce.domain.errors import DomainError
from commerce.domain.group_buy import GroupBuy, option_key
from commerce.domain.options import named_by_size, option_in_note, option_shortened, resembles_an_option
from commerce.domain.sharing import card_signature
from commerce.domain.titles import mistyped, title_typo, word_names
from commerce.domain.units import counts_in, grams, portion_weight
from commerce.services import group_buys as service
from commerce.state import Json, KeyValues
from handlers import (
    ask,
    echoes,
    group_buys,
    name_in_title,
    note_titles,
    option_items,
    pasted_lines,
    pasted_products,
    pasted_template,
    pickup_codes,
    referrals,
    settings,
    several_items,
    still_open,
    waiting,
    want_option,
    which_question,
)
from handlers.context import Context
from handlers.join_hint import JoinHints
from handlers.option_language import option_in_another_language
from handlers.parsing.commands import Command, own_line
from handlers.parsing.joins import note_like
from handlers.parsing.option_words import looks_like_option
from handlers.types import ChatKind, Reply, Request
from handlers.which import join_as_typed, join_example
from handlers.whose_line import line_name, option_or_friend

log = logging.getLogger(__name__)

ASKED_FOR = timedelta(hours=24)  # as `last_opened.OPENED_FOR`: the question stays on the screen
ASKED_IN_GROUP_FOR = timedelta(minutes=10)  # in a busy group the question scrolls away: an answer comes soon
# `me too`, `I want 2` (`Command.in_words`) in a group with none of these refusals is talk: left unanswered
_NONE_OPEN = frozenset({"no_open_group_buy", "no_open_group_buy_last", "no_open_group_buy_last_own"})


def _key(ctx: Context) -> str:
    return f"option_asked:{ctx.request.platform}:{ctx.request.user_id}"


def _group_key(ctx: Context) -> str:
    return f"option_asked:{ctx.request.platform}:{ctx.request.chat_id}:{ctx.request.user_id}"


async def asked(ctx: Context, refusal: DomainError) -> None:
    """The refusal the member reads in their private chat: when it asks which option, remember it. In a
    group: when it asks which option of the group buy the join named (`+1 #9`), which one."""
    if ctx.values is not None and not ctx.is_private and refusal.code in ("option_which", "option_which_for"):
        await _asked_in_group(ctx, refusal.params.get("id"))
        return
    if (
        ctx.values is None
        or not ctx.is_private
        or refusal.code not in ("option_which", "option_which_private", "option_which_for")
    ):
        return
    group_buy_id = refusal.params.get("id")
    if not isinstance(group_buy_id, int):
        return
    quantity = ctx.command.quantity if ctx.command.quantity and ctx.command.quantity > 0 else 1
    typed = None if ctx.command.tap else share_codes.find(ctx.request.text, any_case=True)
    code = typed[0].code if typed is not None and typed[0].group_buy_id == group_buy_id else ""
    # `+1 团12-K7QM`: the answer joins through that code, as `+1 团12-K7QM 小盒` (the sharer's credit)
    value: dict[str, Json] = {
        "id": group_buy_id,
        "quantity": quantity,
        "at": ctx.now.timestamp(),
        "code": code,
        # the answer joins as the join asked about: its note (not a word that was an option misnamed,
        # `attempt`: told apart once the group buy is read) and its friend (`+2 for Wang`)
        "note": ctx.command.note,
        "attempt": looks_like_option(ctx.command.note, ctx.request.text),
        "friend": ctx.command.friend,
    }
    if ctx.command.signature:  # the private card's (its listing's, 帮卖): the answer joins where it would
        value["signature"] = ctx.command.signature
    try:
        await ctx.values.set(_key(ctx), value, ttl=ASKED_FOR.total_seconds())
    except Exception:  # the question is asked all the same; the answer then needs `+1 小盒`
        log.warning("could not remember the option question to %s", ctx.request.user_id, exc_info=True)


async def _asked_in_group(ctx: Context, group_buy_id: object) -> None:
    """The question which option, asked in a group: remembered (`ASKED_IN_GROUP_FOR`) with the join asked
    about, so the option's name alone (`大盒`) answers it (`typed_answer`), and, when the join named the
    group buy (`+1 #9`), `+1 large` joins it (`_asked_here`)."""
    if ctx.values is None or not isinstance(group_buy_id, int) or ctx.command.tap:
        return
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    if group_buy is None:
        return
    command = ctx.command
    note = command.note
    if looks_like_option(note, ctx.request.text) and resembles_an_option(
        group_buy, service.without_title(group_buy, note)
    ):
        note = ""  # `+1 7kg` then `5kg`: 7kg was the option misnamed, no note
    value: dict[str, Json] = {
        "id": group_buy_id,
        "named": command.group_buy_id == group_buy_id,  # `+1 #9`: `+1 large` joins #9 too
        "options": [option.name for option in group_buy.terms.options],
        "quantity": command.quantity if command.quantity and command.quantity > 0 else 1,
        "note": service.without_title(group_buy, note),
        "friend": command.friend,
    }
    try:
        await ctx.values.set(_group_key(ctx), value, ttl=ASKED_IN_GROUP_FOR.total_seconds())
    except Exception:  # the answer then needs its number: `+1 #9 large`, as the question says
        log.warning("could not remember the option question to %s", ctx.request.user_id, exc_info=True)


_MAY_ANSWER = re.compile(r"^[^\s/+\-＋#\d]\S{0,15}(?:\s\S{1,15}){0,2}$")  # one short name: `大盒`, `egg yolk`


async def typed_answer(values: KeyValues | None, request: Request) -> Command | None:
    """An option's name alone (`大盒`, courtesy and emoji aside: `大盒 谢谢`, `大盒🍑`) from a member just
    asked in a group which option her join meant: that join, with the option (`+1 #1 大盒`, her quantity,
    note and friend kept); else None. Only such a message (one short word) costs a read of the state."""
    if values is None or request.chat_kind is not ChatKind.GROUP or request.button is not None:
        return None
    answer = _answer_word(request.text)
    if not answer or not _MAY_ANSWER.match(answer):
        return None
    key = f"option_asked:{request.platform}:{request.chat_id}:{request.user_id}"
    try:
        value = await values.get(key)
    except Exception:
        log.warning("could not read the option question to %s", request.user_id, exc_info=True)
        return None
    if not isinstance(value, dict):
        return None
    group_buy_id, names, quantity = value.get("id"), value.get("options"), value.get("quantity")
    if not isinstance(group_buy_id, int) or not isinstance(names, list) or not isinstance(quantity, int):
        return None
    counted = _COUNT_AFTER.match(answer)  # `small box x2`, `大盒 2份`: the count she says now
    if counted is not None:
        answer, quantity = counted.group("name"), int(counted.group("n") or counted.group("portions"))
        if not 0 < quantity <= _COUNT_MAX:
            return None
    typed = option_key(answer)
    listed = [n for n in names if isinstance(n, str)]
    name = next((n for n in listed if option_key(n) == typed), None) or named_by_size(listed, answer) or None
    if name is None:
        return None
    try:
        await values.delete(key)  # answered: the same name typed again later is talk
    except Exception:
        log.warning("could not forget the option question to %s", request.user_id, exc_info=True)
    note, friend = value.get("note"), value.get("friend")
    note = f"{name} {note}".strip() if isinstance(note, str) else name
    return Command(
        "join",
        quantity=quantity,
        group_buy_id=group_buy_id,
        note=note,
        friend=friend if isinstance(friend, str) else "",
        lang="zh" if _CJK.search(answer) else None,
        # `small box x2`: English words, answered in English as `+2 small box` is (`Command.heard`)
        heard=None if _CJK.search(answer) or not _LATIN_WORD.search(answer) else "en",
    )


_CJK = re.compile(r"[\u3400-\u9fff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
# an answer's count after the option's name: `small box x2`, `大盒 ×2`, `大盒 2份`
_COUNT_AFTER = re.compile(
    r"^(?P<name>.+?)\s*(?:[x×*]\s*(?P<n>\d{1,3})|(?P<portions>\d{1,3})\s*份)$", re.IGNORECASE
)
_COUNT_MAX = 999


def _answer_word(text: str) -> str:
    """The words of an answer without courtesy and emoji (`大盒 谢谢🙏`: 大盒)."""
    said = " ".join(unicodedata.normalize("NFKC", text).split())
    said = " ".join(_THANKS.sub(" ", said).split())
    while said and unicodedata.category(said[-1]) in ("So", "Sk", "Cf", "Mn", "Me"):
        said = said[:-1].rstrip()
    return said.strip(" ,，.。!！~～")


_THANKS = re.compile(
    r"谢谢|感谢|多谢|(?<![a-z])(?:thanks?(?:\s+you)?|thx|please|pls|plz)(?![a-z])", re.IGNORECASE
)


async def open_or_own_line(ctx: Context) -> list[Reply]:
    """开团 / 接龙 (handlers.group_buys.open_group_buy); in a group where a group buy is open, `接龙 Kay 2斤`
    from Kay (her own name and an amount, no price: `parsing.commands.own_line`) is her join line."""
    if not ctx.is_private:
        names = (ctx.request.alias or "", ctx.request.display_name)
        line = own_line(ctx.request.text, names)
        if line is not None and await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id):
            ctx.command = line
            return await join(ctx)
    return await group_buys.open_group_buy(ctx)


# `2箱` alone on a group buy sold by the 份 (no unit): a few boxes, as `+2箱` (`20箱` stays the hint)
_BOXES = frozenset({"份", "个", "件", "箱", "盒", "袋", "组", "套", "瓶", "包"})
_FEW_BOXES = 9


def _goods_word(word: str, open_here: list[GroupBuy]) -> bool:
    """Whether a capitalised word before a join's count names goods, not a person (`Durian +1`, a known
    product; `Kayaa +1`, a title mistyped): never a friend's line (`Tom +1` is one)."""
    return is_product_word(word) or any(mistyped(word, g.terms.title) for g in open_here)


async def _own_jielong_name(ctx: Context, name: str, open_here: list[GroupBuy]) -> bool:
    """`王阿姨 +2` from Wangayi (rep70 #5): in WeChat the 接龙 name rarely is the account's, so a person's
    name typed before the count is her own when she holds no line on any group buy open here yet and the
    name is no other member's here (nor any line's there), or when her own line there is under that name
    already (her line written under it: `Command.line_name`); else the friend's line, as `+2 帮 王阿姨`."""
    ids = [g.id for g in open_here if g.id is not None]
    me = ctx.request.user_id
    key = " ".join(name.split()).casefold()
    joined = await ctx.uow.group_buys.joined_among(ids, me) if ids else set()
    for group_buy_id in sorted(joined):  # her line already under that name (`王阿姨 +2`, then `王阿姨 +1`)
        for line in await ctx.uow.group_buys.lines_of(group_buy_id, me):
            if not line.friend and " ".join(line.display_name.split()).casefold() == key:
                return True
    if not ids or joined:
        return False
    others = [
        m
        for m in await ctx.uow.members.find_in_chat(ctx.request.chat_id, name)
        if not (m.platform == ctx.request.platform and m.user_id == me)
    ]
    if others:
        return False
    for group_buy_id in ids:
        for line in await ctx.uow.group_buys.participants(group_buy_id):
            if key in (
                " ".join(line.display_name.split()).casefold(),
                " ".join(line.friend.split()).casefold(),
            ):
                return False
    return True


# a count typed as a join's (`小李 鸡蛋+2`, `小李 鸡蛋×2`, `小李 鸡蛋 2份`), no bare number (`小李 鸡蛋 30`)
_COUNT_MARKED = re.compile(r"[+＋x×*＊份]", re.IGNORECASE)


def _product_after(ctx: Context, name: str, after: str, open_here: list[GroupBuy]) -> int | None:
    """The group buy open here (its number) that the one word after a name names (`老陈 鸡蛋2`, `老陈 +2
    鸡蛋`: 土鸡蛋, as `鸡蛋+2` joins it), when one does and no `#N` says another; after a name not hers
    (`小李 鸡蛋 30`) only with its count marked as a join's. None otherwise (talk)."""
    own = line_name(ctx.request, name) == ""
    if " " in after or (not own and not _COUNT_MARKED.search(ctx.request.text or "")):
        return None
    named = [g for g in open_here if service.names_product(after, g.terms.title)]
    number = ctx.command.group_buy_id
    if len(named) != 1 or named[0].id is None or number not in (None, named[0].id):
        return None
    return named[0].id


def _option_or_note(after: str, open_here: list[GroupBuy]) -> bool:
    """Whether the words after a person's name and count (`小李 +2 豆沙`, `吴姐 +1 9号楼`) are an option of
    a group buy open here, or read as a note (an address); one other word is talk (`小李 +2 好吃`)."""
    first = after.split()[0]
    return note_like(after) or any(g.option_named(first) is not None for g in open_here)


async def _her_friends_line(ctx: Context, word: str, open_here: list[GroupBuy]) -> str | None:
    """`豆豆 +1` (a name with no person's shape) from the member holding a friend's line so called (case and
    width aside) on a group buy open here: that friend as her line writes it; None otherwise (talk)."""
    ids = [g.id for g in open_here if g.id is not None]
    me = ctx.request.user_id
    key = " ".join(word.split()).casefold()
    for group_buy_id in sorted(await ctx.uow.group_buys.joined_among(ids, me) if ids else set()):
        for line in await ctx.uow.group_buys.lines_of(group_buy_id, me):
            if line.friend and " ".join(line.friend.split()).casefold() == key:
                return line.friend
    return None


def _option_misnamed(ctx: Context, word: str, open_here: list[GroupBuy]) -> bool:
    """Whether a Chinese word before a join's count (`大和+1`, `中盒 +1`) names an option misnamed of a
    group buy open here with options, as after the count (`+1 大和`) it does: a homophone typed for one
    (`大和`: 大盒) or the kind said last as theirs is (`中盒` beside 大盒 / 小盒); never talk (`哈哈+1`),
    a name (`小王 +1`, read before as whose line) or a note's form (`3号楼 +1`)."""
    if word.isascii() or len(word) < 2 or not looks_like_option(word, ctx.request.text or ""):
        return False
    return any(g.terms.options and resembles_an_option(g, word) for g in open_here)


async def _product_after_the_name(ctx: Context) -> None:
    """`+1 for Zhao Mango` with several open here, one of them mangoes: the product's word is no part of
    the friend's name (read as one, `Zhao Mango`, only for a capitalised surname): Zhao's line, the word
    picking the group buy as `+1 for Zhao mango` does (several so named: asked which, the friend Zhao).
    Leaves the join as it was where no group buy open here is so named (`+1 for Zhao Wei`)."""
    command = ctx.command
    head, _, last = command.friend.rpartition(" ")
    if ctx.is_private or command.tap or command.group_buy_id is not None or command.note or command.option:
        return
    if not head or " " in head or not command.friend.isascii():
        return
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    if len(open_here) > 1 and any(service.names_product(last, g.terms.title) for g in open_here):
        ctx.command = replace(command, friend=head, note=last.lower())


async def _another_members_line(ctx: Context) -> None:
    """`Bob +1 small` typed by Cat (rep86 13) while Bob, another member here, holds his own line on a group
    buy open here: a name that is another member's here is no friend's line (as `小李 +2` is not her own,
    nor `Xiaoli 改成3份` hers to change): refused, only Bob adds to his line, with the form of a line for a
    friend of hers also so called (`+1 small for Bob`); nothing changed. Else returns, the join going on."""
    command = ctx.command
    me = ctx.request.user_id
    others = [
        m
        for m in await ctx.uow.members.find_in_chat(ctx.request.chat_id, command.named_first)
        if not (m.platform == ctx.request.platform and m.user_id == me)
    ]
    if not others:
        return
    open_here = [g for g in await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id) if g.id is not None]
    if command.group_buy_id is not None:
        open_here = [g for g in open_here if g.id == command.group_buy_id]
    for group_buy in open_here:
        assert group_buy.id is not None
        for member in others:
            lines = await ctx.uow.group_buys.lines_of(group_buy.id, member.user_id)
            if any(not line.friend and line.quantity > 0 for line in lines):
                zh = (await ctx.lang(group_buy)).startswith("zh")
                at = f" #{group_buy.id}" if len(open_here) > 1 or command.group_buy_id is not None else ""
                note = f" {command.note}" if command.note else ""
                friend = f"帮 {command.friend}" if zh else f"for {command.friend}"
                raise DomainError(
                    "join_named_member_line",
                    name=command.named_first,
                    title=group_buy.terms.title,
                    id=group_buy.id,
                    example=f"+{command.quantity}{at}{note} {friend}",
                )


async def _name_then_option(ctx: Context) -> bool:
    """`Tom +1 vanilla` (`Command.named_first`: the name said before the count, the word after it): where
    the word is an option of a group buy open here, or one misspelt, the join `+1 vanilla for Tom` is
    (True: it goes on as that); where the name is itself an option or one misspelt (`Vanila +1
    chocolate`), it is asked which option, as `vanila +1` is, nothing joined; where the name is the
    product's word (`Ice +1 vanilla` on Ice cream), her own `+1 vanilla` on it. False: talk (`Amy +1
    gate`)."""
    command = ctx.command
    name, word = command.named_first, command.note
    if ctx.is_private:
        return False
    open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
    with_options = [g for g in open_here if g.terms.options and g.id is not None]
    for group_buy in with_options:
        meant = group_buy.option_named(name) or next(
            (o for o in group_buy.terms.options if title_typo(name, o.name)), None
        )
        if meant is not None:  # `Vanila +1 chocolate`: an option first, never a friend called Vanila
            raise DomainError(
                "option_which",
                id=group_buy.id,
                title=group_buy.terms.title,
                choices=group_buy.option_choices(),
                example=meant.name,
            )
    if not any(g.option_named(word) or _option_misspelt(word, [g]) for g in with_options):
        return False
    products = [g for g in with_options if service.names_product(name, g.terms.title)]
    if len(products) == 1:  # `Ice +1 vanilla`: the product's word, her own line of the option
        ctx.command = replace(command, friend="", named_first="", lang=None, group_buy_id=products[0].id)
        return True
    ctx.command = replace(command, named_first="")
    return True


def _option_misspelt(word: str, open_here: list[GroupBuy]) -> bool:
    """Whether a Latin word before a join's count (`vanila +1`, `Vanila +1`: a phone capitalises the first
    word) is an option of a group buy open here misspelt (`title_typo`: five letters or more, the same
    first letter, an edit or two away), so the join is `+1 vanila`'s: the question which option, listing
    them, never a friend's line nor talk."""
    if not word.isascii() or " " in word:
        return False
    options = [option.name for g in open_here for option in g.terms.options]
    return not any(g.option_named(word) for g in open_here) and any(
        title_typo(word, name) for name in options
    )


async def _titled_none(ctx: Context, word: str, open_here: list[GroupBuy]) -> None:
    """A join said with a product's word naming no group buy open here (`葡萄+1`, `阳光玫槐 +1`): one
    mistyping an open one's title by a character is told which it looks like and its join (nothing
    joined: a guess is never a join); a product nobody sells here, or one that ended here, is told so,
    as `+1 葡萄` is (`service.wrong_goods`); any other word stays talk (`排队 +1`)."""
    quantity = ctx.command.quantity or 1
    alike = sorted((g for g in open_here if mistyped(word, g.terms.title)), key=lambda g: g.id or 0)
    alike = alike if len(word) > 2 else []  # two characters are one from many real words (`苹果`: 芒果)
    if len(alike) == 1 and alike[0].id is not None:
        meant = alike[0]
        assert meant.id is not None
        lang = await ctx.lang(guess=True)
        plain = replace(ctx.command, note="", titled=False)
        example = join_example(lang, plain, meant.id, sold_in=meant.terms.unit)
        raise DomainError(
            "join_title_mistyped", word=word, id=meant.id, title=meant.terms.title, example=example
        )
    await service.wrong_goods(ctx.uow, ctx.request.chat_id, open_here, word, quantity)


async def join(ctx: Context) -> list[Reply]:
    """`+1`, `跟团` (handlers.referrals.join); in a group, `+1 large` that would be asked which group buy
    joins the one the member was just asked which option of, when it has `large`. `我要 red` (an option's
    name, no quantity: `command.option`) joins 1 of it, as `+1 red`, when a group buy open here has it;
    so does `我要2 red` (a quantity without units, the word its note: `command.unitless`) join 2, and
    `我要12个鸡蛋` (`command.titled`) as `+12个鸡蛋` where the word names a group buy open here; else
    it was chatter (`我要2 小时`), left unanswered (in private: answered as any text not understood there)."""
    template = await pasted_template.opened(ctx, join)  # the 团长's 接龙 template pasted: opened (rep77 #3)
    if template is not None:
        return template
    products = await pasted_products.joined(ctx, join)  # `4. 小周 芒果2`: her line's products
    if products is not None:
        return products
    if ctx.command.own_off and not ctx.is_private:  # `小美 不要了` pasted: her line as it is, how to leave
        kept = await pasted_lines.own_line_kept(ctx)
        if kept is not None:
            raise kept
        return []
    ctx.command = pasted_lines.friend_apart(ctx.command)  # `阿强 小盒1 帮老婆 小盒2`: 老婆's said apart
    if ctx.command.bare and ctx.command.measured is not None:  # `2kg`, `2 boxes please`: where sold so
        unit = ctx.command.measured.unit  # in a group only (handlers.app): in private it is chatter
        open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
        sold = [g for g in open_here if not g.terms.options]
        unitless = unit in _BOXES and ctx.command.measured.quantity <= _FEW_BOXES  # `2箱` by the 份
        weighed = grams(unit) is not None  # `4斤` on `阳光玫瑰 2斤装` by the 份: as `+4斤` (2 份, or refused)
        if not any(
            counts_in(unit, g.terms.unit)
            or (not g.terms.unit and (unitless or (weighed and portion_weight(g.terms.title) is not None)))
            for g in sold
        ):
            hints = JoinHints(ctx.values)  # elsewhere: at most the bare number's hint
            return await hints.hint(ctx.request, ctx.uow, ctx.memo, ctx.now, measured=True)
        ctx.command = replace(ctx.command, bare=False)
    if ctx.command.still and not ctx.is_private and ctx.command.group_buy_id is None:
        answer = await still_open.answered(ctx)  # `can I still order 1?`: answered, nothing joined
        if answer is not None:
            return answer
    await echoes.refuse_held(ctx)  # `我也要` from one already on it: agreement, nothing added
    coded = await referrals.code_in_note(ctx)  # `+1 4-tpc8`: a share code given here, in lower case
    if coded is not None:
        return coded
    if not await option_items.counted(ctx):  # `豆沙 2`, `veg 2 pork 3`: where options are so called
        return await settings.help_hint(ctx) if ctx.is_private else []  # else talk (`小李 2`)
    both = await option_items.joined(ctx, join)  # `豆沙 2 咸蛋黄 3`: each option, all or nothing
    if both is not None:
        return both
    if await several_items.refused(ctx):  # `芒果+1 鸡蛋+2` naming none open here: talk
        return []
    await note_titles.checked(ctx)  # `+1 #1 鸡旦` beside 鸡蛋: which one is meant
    named_first = ctx.command.named_first and ctx.command.friend  # `Tom +1 vanilla`: Tom's vanilla
    if named_first and not ctx.is_private:
        await _another_members_line(ctx)  # `Bob +1 small` from Cat, Bob on it himself: asked, nothing changed
    if named_first and not await _name_then_option(ctx):  # `Amy +1 gate`: talk
        return await settings.help_hint(ctx) if ctx.is_private else []
    await _product_after_the_name(ctx)  # `+1 for Zhao Mango` beside Cookies: Zhao's mango
    await name_in_title.as_friend(ctx)  # `+1 Wang` after Wang's Dumplings ended: a friend Wang
    if ctx.command.option_alone and not ctx.command.tap:  # `/join sweet`: answered, whatever the word
        word = ctx.command.option
        if not ctx.is_private:
            open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
            if not any(g.option_named(word) or option_shortened(g, word) for g in open_here):  # `咸`: 咸的
                service.no_such_option(open_here, word)  # `abc`: which options there are
                named = any(
                    word_names(word, g.terms.title) or title_typo(word, g.terms.title) for g in open_here
                )
                if not named:  # `/join lychees`, `/join lychess`: as `+1`
                    raise await _join_forms(ctx, word)  # none has options: the join forms
        ctx.command = replace(ctx.command, note=word, option="", option_alone=False)  # as `+1 sweet`
    elif (ctx.command.option or ctx.command.unitless or ctx.command.titled) and not ctx.command.tap:
        word = ctx.command.option or ctx.command.note
        after = ""  # `芒果要三份，送到3号楼502`: the product's word, then her note (a Chinese word first)
        if ctx.command.titled and not word.isascii() and " " in word:
            word, after = word.split(" ", 1)
        if ctx.is_private:
            return await settings.help_hint(ctx)
        open_here = await ctx.uow.group_buys.open_in_chat(ctx.request.chat_id)
        if ctx.command.titled:  # `我要12个鸡蛋`, `鸡蛋要2打`: the product's word, as `+12个鸡蛋`
            several_items.two_products(ctx.command.quantity, word, open_here)  # `要2份桃子和芒果`
            named = any(
                service.names_product(word, g.terms.title) or not service.without_title(g, word)
                for g in open_here
            )
            said = None if named else service.option_said(open_here, word)
            if said is not None:  # `我要两份大盒`, `我也要一份小的`: an option's word, as `+2 大盒`
                if said[0].option_named(word) is not None and line_name(ctx.request, word) != "":
                    several = ctx.command.group_buy_id is not None or len(open_here) > 1
                    await option_or_friend(ctx, said[0], said[1], word, numbered=several)  # `Vanilla +1`
                word, named = said[1], True
        else:
            named = any(g.option_named(word) for g in open_here)
        plus = "+" in (ctx.request.text or "") or "＋" in (ctx.request.text or "")  # `1份苹果`: talk
        numbered = ctx.command.group_buy_id is not None  # `Tom +1 #9`: the number says it is a join
        if not named and ctx.command.titled and ctx.command.friend:  # `排队 +1 帮 小王`: no option, talk
            if plus and option_in_another_language(word, open_here):  # `Vanilla +1 for Tom` beside 香草
                service.no_such_option(open_here, word)  # the options there are, nothing joined
            return []
        if not named and ctx.command.titled and plus and _option_misspelt(word, open_here):
            named, word = True, word.casefold()  # `vanila +1`, `Vanila +1`: as `+1 vanila` (s36 #5)
            ctx.command = replace(ctx.command, lang=None)
        closed = not open_here and after and line_name(ctx.request, word) is not None  # `吴姐 +1 9号楼`
        if not named and ctx.command.titled and (open_here or numbered or closed):  # `王阿姨 +2`: a 接龙 line
            whose = line_name(ctx.request, word)  # `王阿姨 +2`: hers; `小李 +2`: the friend's
            if whose and word.isascii() and _goods_word(word, open_here):  # `Durian +1`, `Kayaa +1`: goods
                whose = None
            if whose is None and " " not in word:  # `豆豆 +1`: no person's shape, her friend's line so called
                whose = await _her_friends_line(ctx, word, open_here)
            own_name = ""
            if whose and not word.isascii() and await _own_jielong_name(ctx, whose, open_here):
                whose, own_name = "", whose  # `王阿姨 +2` from Wangayi on nothing yet: her own line, so named
            if whose is not None and after and not _option_or_note(after, open_here):
                product = _product_after(ctx, word, after, open_here)  # `老陈 鸡蛋2`: that group buy
                if product is None:
                    return []  # `小李 +2 好吃`: one word after the count, no option here so called: talk
                ctx.command, after = replace(ctx.command, group_buy_id=product), ""
            if whose is not None:
                measured = ctx.command.measured
                if measured is not None and measured.note in (word, after):  # `王阿姨 2箱`: 2箱, no note
                    measured = replace(measured, note="")  # (`张叔 2盒 5号楼`: the note is the command's)
                named, word = True, ""
                ctx.command = replace(ctx.command, friend=whose, measured=measured, line_name=own_name)
        if not named and ctx.command.titled and plus and option_in_another_language(word, open_here):
            service.no_such_option(open_here, word)  # `vanilla +1` beside 香草, 巧克力: the options there are
        if not named and ctx.command.titled and plus and _option_misnamed(ctx, word, open_here):
            named, ctx.command = True, replace(ctx.command, lang=None)  # `大和+1` beside 大盒: as `+1 大和`
        if not named and ctx.command.titled and plus and open_here:  # `葡萄+1`, `阳光玫槐 +1`: not lost
            await _titled_none(ctx, word, open_here)
        if not named and ctx.command.titled and not plus and not after:  # `I want 3 medium`: no such option
            tried = await want_option.tried(ctx, word, open_here)
            if tried is not None:  # she holds nothing there: as `+3 medium`
                ctx.command, named = tried, True
        if not named:
            return []
        note = f"{word} {after}".strip()
        ctx.command = replace(ctx.command, note=note, option="", unitless=False, titled=False)
    try:
        replies = await referrals.join(ctx)
    except DomainError as refusal:
        if ctx.command.in_words and not ctx.is_private and refusal.code in _NONE_OPEN:
            return []  # `me too`, `I'm in` where no group buy is open: talk
        if refusal.code != "which_group_buy":
            raise
        group_buy_id = await _asked_here(ctx)
        if group_buy_id is None:
            answered = await which_question.by_number(ctx)  # `/join 2` just after "which group buy?"
            if answered is None:
                raise
            return answered
    else:
        await which_question.named(ctx)  # `+1 #2`: the question which group buy, if asked, is answered
        await _answered_in_group(ctx)  # `+1 大盒` after "which option?": `大盒` alone later is talk
        return replies
    ctx.command = replace(ctx.command, group_buy_id=group_buy_id)
    replies = await referrals.join(ctx)
    try:
        assert ctx.values is not None  # `_asked_here` read it
        await ctx.values.delete(_group_key(ctx))
    except Exception:  # kept until `ASKED_IN_GROUP_FOR`: another `+1 large` would join it again, as asked
        log.warning("could not forget the option question to %s", ctx.request.user_id, exc_info=True)
    return replies


async def _answered_in_group(ctx: Context) -> None:
    """A join in a group naming its option (a note) answers the question which option, if it was asked:
    forgotten, so the option's name alone later is talk. A plain `+1` (no note) costs nothing."""
    if ctx.values is None or ctx.is_private or ctx.command.tap or not ctx.command.note:
        return
    try:
        await ctx.values.delete(_group_key(ctx))
    except Exception:  # kept until `ASKED_IN_GROUP_FOR`: the name alone would join once more
        log.warning("could not forget the option question to %s", ctx.request.user_id, exc_info=True)


async def _join_forms(ctx: Context, word: str) -> DomainError:
    """`/join abc`: the join forms; `/join abc 2 for Wang`: the word named nothing here, and an example
    keeping the quantity and friend typed (`+2 for Wang`)."""
    if not ctx.command.friend and (ctx.command.quantity or 1) == 1:
        return DomainError("join_usage")
    example = join_as_typed(await ctx.lang(guess=True), ctx.command)
    return DomainError("join_usage_named", name=word, example=example)


async def _asked_here(ctx: Context) -> int | None:
    """The group buy open here the member was just asked which option of, when this join names one of
    its options; else None."""
    command = ctx.command
    if ctx.values is None or ctx.is_private or command.tap or command.group_buy_id is not None:
        return None
    if not command.option and not command.note:  # a plain `+1` asked which group buy names no option
        return None
    asked = await waiting.remembered_open(ctx, _group_key(ctx), "the option question")
    if asked is None or asked[1].get("named") is False:  # asked after a bare `+1`: `大盒` alone answers
        return None
    group_buy = asked[0]
    named = group_buy.option_named(command.option) if command.option else None
    if named is None and not option_in_note(group_buy, command.note)[0]:
        return None
    return group_buy.id


async def forget(ctx: Context) -> None:
    """Another command in the private chat: the option question is no longer the last one asked."""
    if ctx.values is None or not ctx.is_private:
        return
    try:
        await ctx.values.delete(_key(ctx))
    except Exception:  # at worst a later bare option name still joins within `ASKED_FOR`
        log.warning("could not forget the option question to %s", ctx.request.user_id, exc_info=True)


@dataclass(frozen=True)
class _Asked:
    """The option question last asked in a private chat: of which group buy, and the join it was about."""

    group_buy_id: int
    quantity: int
    code: str  # the share code typed with the join, or ""
    note: str = ""
    attempt: bool = False  # the note read as an option tried (`+1 7kg`): no note once it resembles one
    friend: str = ""


async def _recall(ctx: Context) -> _Asked | None:
    """The option question last asked here within `ASKED_FOR`, else None."""
    if ctx.values is None or not ctx.is_private:
        return None
    try:
        value = await ctx.values.get(_key(ctx))
    except Exception:
        log.warning("could not read the option question to %s", ctx.request.user_id, exc_info=True)
        return None
    if not isinstance(value, dict):
        return None
    group_buy_id, quantity, at = value.get("id"), value.get("quantity"), value.get("at")
    if not isinstance(group_buy_id, int) or not isinstance(quantity, int) or not isinstance(at, int | float):
        return None
    if ctx.now - datetime.fromtimestamp(at, tz=UTC) > ASKED_FOR:
        return None
    code, note, friend = value.get("code"), value.get("note"), value.get("friend")
    return _Asked(
        group_buy_id,
        quantity,
        code if isinstance(code, str) else "",
        note if isinstance(note, str) else "",
        value.get("attempt") is True,
        friend if isinstance(friend, str) else "",
    )


async def _signature(ctx: Context, group_buy_id: int) -> str:
    """The signature of the card the question was asked from (a listing's, 帮卖: the line made in its
    group), else of the group buy's own card."""
    try:
        value = await ctx.values.get(_key(ctx)) if ctx.values is not None else None
    except Exception:
        value = None
    signature = value.get("signature") if isinstance(value, dict) else None
    if isinstance(signature, str) and signature:
        return signature
    return card_signature(group_buy_id, ctx.request.user_id, ctx.config.payment_secret)


async def answer(ctx: Context) -> list[Reply]:
    """Text not understood in a private chat: an option's name, right after the bot asked which option,
    joins with it; anything else is answered as before (a pointer to /help)."""
    text = ctx.request.text
    asked_about = await _recall(ctx) if text.strip() else None
    if asked_about is None:  # `9441`: an open pickup code of hers (handlers.pickup_codes), handed over
        handed = await pickup_codes.code_alone(ctx)
        if handed is not None:
            return handed
        # an organiser's answer to the one question forwarded to her (handlers.ask)
        return await ask.answer_in_passing(ctx) or await settings.help_hint(ctx)
    group_buy_id, quantity, code = asked_about.group_buy_id, asked_about.quantity, asked_about.code
    group_buy = await ctx.uow.group_buys.get(group_buy_id)
    if group_buy is None:
        return await settings.help_hint(ctx)
    typed = option_key(text)
    index = next((n for n, o in enumerate(group_buy.terms.options, 1) if option_key(o.name) == typed), 0)
    if not index:
        return await settings.help_hint(ctx)
    note, friend = asked_about.note, asked_about.friend  # `+1 团… 3号楼` then `小盒`: 3号楼 kept
    if asked_about.attempt and resembles_an_option(group_buy, service.without_title(group_buy, note)):
        note = ""  # `+1 团… 7kg` then `5kg`: 7kg was the option misnamed, no note
    if code:  # asked after `+1 团12-K7QM`: as `+1 团12-K7QM 小盒`, the visit (the sharer's credit) recorded
        ctx.command = replace(
            ctx.command,
            name="share_join",
            quantity=quantity,
            group_buy_id=group_buy_id,
            rest=code,
            option_index=index,
            note=note,
            friend=friend,
        )
        replies = await referrals.join_with_code(ctx)
        await forget(ctx)
        return replies
    signature = await _signature(ctx, group_buy_id)
    ctx.command = replace(
        ctx.command,
        name="join",
        quantity=quantity,
        group_buy_id=group_buy_id,
        signature=signature,
        option_index=index,
        note=note,
        friend=friend,
    )
    replies = await group_buys.join(ctx)
    await forget(ctx)  # answered: the same name typed again later is not another join
    return replies

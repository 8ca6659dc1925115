"""The answer to the question which group buy a join meant (`which_group_buy`), in a group.

A join naming none of several group buys open (a newcomer's `+1`; from a member already on #1, her `+1`
may mean #2 as well as one more of #1) is asked which, nothing added. She then answers as people do: a
join naming it (`+1 #2`, as always), its number alone (`#2`, `2`, `2号`: one the question listed; a number
it did not list is a place, `2` of #8 · #9 is #9), its title or a word of it (`荔枝`, `脐橙` for
赣南脐橙), its place (`第二个`, `the second one`), `/join 2` (`跟团 2`: as `/join #2`; typed again as
first asked, it stays two of none) or the question's buttons (Telegram; WeChat shows them as numbered
choices, so a bare `1` there answers this question, not the choices of a card shown before it). A title
answers as typed exactly (`苹果` beside 烟台苹果, `Apples` beside Apple pie), else as the only title it
names; one naming several (`apple`) is asked again, with those it names and their numbers, nothing added.
Each joins the one chosen with the join as first typed: its quantity, note and friend (`+1 帮 小王` then
`#2`: 小王's line on #2), and the only option she holds on it (one more of her 豆沙, not the question
which option).

A bare wait among several sold out (`/waitlist`, `候补 2`: `waitlist_which_sold_out`) is asked the same
way: its number, title or place alone then waits for that one, for the quantity (and option) first
typed (rep96 #8).

Kept in the shared state per chat and member for `ASKED_FOR`; answered once, and forgotten when she names
a group buy in a join herself (`+1 #2`: a later `2` in the chat is talk again). Without a shared state,
only the forms naming a group buy answer; a number alone then stays talk.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import timedelta

from commerce.domain.errors import DomainError
from commerce.domain.titles import same_product, word_names
from commerce.domain.units import Measured
from commerce.state import Json, KeyValues
from handlers import echoes, referrals, waiting
from handlers.buttons import WhichButton
from handlers.context import Context
from handlers.parsing.commands import Command, courtesy_language
from handlers.texts import t
from handlers.types import Button, ChatKind, Reply, Request
from handlers.which import example_each, join_example, note_counted

log = logging.getLogger(__name__)

ASKED_FOR = timedelta(minutes=10)  # in a busy group the question scrolls away: an answer comes soon
# `#2`, `2`, `2号` alone (after NFKC: `＃２`)
_NUMBER_ALONE = re.compile(r"^#?\s*(?P<id>[1-9]\d{0,8})\s*号?$")
# `2` alone (not `#2`, `2号`): an answer that could also be a quantity, its reading said (`answer`)
_DIGITS_ALONE = re.compile(r"^(?P<n>[1-9]\d{0,8})$")
# `第二个`, `第2个`, `第二`, `second`, `the 2nd one`: the place in the question's list
_ORDINAL = re.compile(
    r"^(?:第\s*(?:(?P<zh>[一二三四五六七八九])|(?P<digit>[1-9]))\s*(?:个|个团|团)?"
    r"|(?:the\s+)?(?P<en>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)(?:\s+one)?)$",
    re.IGNORECASE,
)
_ORDINALS = {
    word: place
    for place, words in enumerate(
        (
            "一 1 first 1st",
            "二 2 second 2nd",
            "三 3 third 3rd",
            "四 4 fourth 4th",
            "五 5 fifth 5th",
            "六 6",
            "七 7",
            "八 8",
            "九 9",
        ),
        start=1,
    )
    for word in words.split()
}
# what may answer the question, worth reading it for: a number, an ordinal or a title of at most three
# short words (`荔枝`, `Apple pie`)
_THE_ONE = re.compile(r"^the\s+(?P<word>\S+(?:\s\S+)?)\s+one$", re.IGNORECASE)  # `the kaya one`
_MAY_ANSWER = re.compile(r"^(?:[^\s/+\-＋]\S{0,15}(?:\s\S{1,15}){0,2}|the \S+(?: one)?)$", re.IGNORECASE)
# `/join 2`, `/join@tuan_bot 2`, `跟团 2`, `/参团 #2`: a number that may be the one asked for
_JOIN_NUMBER = re.compile(r"^/?\s*(?:join(?:@\S+)?|跟团|参团)\s*#?\s*(?P<id>[1-9]\d{0,8})$", re.IGNORECASE)
# A courtesy after an answer (`#2 please`, `2号 谢谢`, `芒果 thanks`): the answer without it
_COURTESY = re.compile(
    r"(?:[\s,.!~，。！～]*(?:please|pls|plz|thanks|thank\s+you|thx|谢谢|谢啦|多谢|感谢|麻烦了)(?![a-z]))+[\s,.!~，。！～]*$",
    re.IGNORECASE,
)
# `#3 大盒`, `3号 大盒` / `大盒 #3`: an option of the group buy numbered (`_Asked.option_named`)
_NUMBER_AND_OPTION = re.compile(r"^#?\s*(?P<id>[1-9]\d{0,8})\s*号?\s+(?P<option>\S.{0,30})$")
_OPTION_AND_NUMBER = re.compile(r"^(?P<option>\S.{0,30}?)\s+#\s*(?P<id>[1-9]\d{0,8})$")
# `2 please`, `2, pls!`: read as a join of 2 (`Join.in_words`), yet just after the question, with 2 one of the
# numbers it listed, the answer it asked for (`by_number`)
_NUMBER_PLEASE = re.compile(
    r"^(?P<id>[1-9]\d{0,8})[\s,.!~]*(?:please|pls|plz)(?![a-z])[\s,.!~]*$", re.IGNORECASE
)


@dataclass(frozen=True)
class _Asked:
    """The join the question was asked about, and the group buys it listed."""

    ids: tuple[int, ...]
    quantity: int
    note: str
    friend: str
    pasted: bool
    measured: Measured | None
    typed: str
    titles: tuple[str, ...] = ()  # of `ids`, in order: `荔枝` answers as its number
    options: tuple[str, ...] = ()  # of `ids`: the only option she holds there (`豆沙`), else ""
    examples: tuple[str, ...] = ()  # of `ids`: the option its example names (`咸的`), else ""
    list_name: str = ""  # a pasted line's name when none of hers (Command.list_name)
    option_names: tuple[tuple[str, ...], ...] = ()  # of `ids`: all its options (`大盒` answers as #3's)
    # asked which sold-out one a bare wait meant (`waitlist_which_sold_out`, rep96 #8): `#6` waits for #6,
    # for `quantity` (0: none typed) of `wait_option` (`/waitlist 1 large`: large)
    wait: bool = False
    wait_option: str = ""

    def as_json(self) -> Json:
        measured: list[Json] = []
        if self.measured is not None:
            kept = self.measured  # `+1.5斤`, `+1 2斤`: its fraction and the `+1` before it, kept
            measured = [kept.quantity, kept.unit, kept.note, kept.part, kept.before, kept.alone]
        return {
            "ids": list(self.ids),
            "quantity": self.quantity,
            "note": self.note,
            "friend": self.friend,
            "pasted": self.pasted,
            "measured": measured,
            "typed": self.typed,
            "titles": list(self.titles),
            "options": list(self.options),
            "examples": list(self.examples),
            "list_name": self.list_name,
            "option_names": [list(names) for names in self.option_names],
            "wait": self.wait,
            "wait_option": self.wait_option,
        }

    def chosen(self, answer: str) -> int | None:
        """The group buy an answer of hers names among those listed: `#2`, `2`, `2号`, `第二个`, `second`,
        or its title (`荔枝`, a word of it: `大米` for 东北大米); None when it names none, or several."""
        named = self.named(answer)
        return named[0] if len(named) == 1 else None

    def named(self, answer: str) -> tuple[int, ...]:
        """The group buys listed that an answer names: by number or place, by its title typed exactly
        (`苹果` beside 烟台苹果, `Apples` beside Apple pie: that one alone), else by a word of it (`apple`:
        both). A courtesy after it is none of it (`#2 please`, `2号 谢谢`)."""
        answer = _COURTESY.sub("", answer).strip() or answer
        number = _NUMBER_ALONE.match(answer)
        if number is not None:  # a number listed is that one; another, its place (`2` of #8 · #9: #9)
            found = int(number.group("id"))
            if found in self.ids:
                return (found,)
            return (self.ids[found - 1],) if 1 <= found <= len(self.ids) else ()
        ordinal = _ORDINAL.match(answer)
        if ordinal is not None:
            word = ordinal.group("zh") or ordinal.group("digit") or ordinal.group("en")
            place = _ORDINALS.get(word.casefold(), 0)
            return (self.ids[place - 1],) if 1 <= place <= len(self.ids) else ()
        the_one = _THE_ONE.match(answer)
        answer = the_one.group("word") if the_one is not None else answer  # `the kaya one`: kaya
        titled = list(zip(self.ids, self.titles, strict=False))
        exact = tuple(n for n, title in titled if same_product(answer, title))
        return exact or tuple(n for n, title in titled if word_names(answer, title))

    def option_named(self, answer: str) -> tuple[int, str] | None:
        """(the group buy, the option) an answer names by an option of one listed: `大盒` when only #3 has
        it, `#3 大盒` / `3号 大盒` / `大盒 #3` of #3's; None otherwise (a number not listed, an option of
        none or of several)."""
        answer = _COURTESY.sub("", answer).strip() or answer
        numbered = _NUMBER_AND_OPTION.match(answer) or _OPTION_AND_NUMBER.match(answer)
        word = numbered.group("option") if numbered is not None else answer
        wanted = int(numbered.group("id")) if numbered is not None else None
        found = [
            (number, name)
            for number, names in zip(self.ids, self.option_names, strict=False)
            for name in names
            if (wanted is None or number == wanted) and same_product(word, name)
        ]
        return found[0] if len(found) == 1 else None

    def join(self, command: Command, chosen: int, *, tap: bool, option: str = "") -> Command:
        """The join first typed, naming the group buy chosen (with the `option` answered, else the only
        option she holds there: one more of her 豆沙, not a third message asking which option)."""
        held = option or dict(zip(self.ids, self.options, strict=False)).get(chosen, "")
        if held in self.note.split() or (self.measured and held in self.measured.note.split()):
            held = ""  # typed already
        note = f"{held} {self.note}".strip() if held else self.note
        measured = self.measured
        if held and measured is not None:
            measured = replace(measured, note=f"{held} {measured.note}".strip())
        return replace(
            command,
            name="join",
            group_buy_id=chosen,
            quantity=self.quantity,
            note=note,
            friend=self.friend,
            pasted=self.pasted,
            list_name=self.list_name,
            measured=measured,
            tap=tap,
            first_only=False,
            option="",
            option_alone=False,
            unitless=False,
            titled=False,
        )


def _read(value: Json | None) -> _Asked | None:
    if not isinstance(value, dict):
        return None
    ids, quantity, note = value.get("ids"), value.get("quantity"), value.get("note")
    friend, measured, typed = value.get("friend"), value.get("measured"), value.get("typed")
    if not isinstance(ids, list) or not isinstance(quantity, int) or not isinstance(note, str):
        return None
    if not isinstance(friend, str) or not isinstance(typed, str):
        return None
    kept = None
    if isinstance(measured, list) and len(measured) in (3, 6):
        n, unit, rest, part, before, alone = [*measured, "", 0, False][:6]  # 3: stored before fractions
        if isinstance(n, int) and isinstance(unit, str) and isinstance(rest, str):
            part, before = str(part or ""), before if isinstance(before, int) else 0
            kept = Measured(n, unit, rest, part=part, before=before, alone=alone is True)
    numbers = tuple(n for n in ids if isinstance(n, int))
    stored_titles, stored_options = value.get("titles"), value.get("options")
    titles = tuple(str(x) for x in stored_titles) if isinstance(stored_titles, list) else ()
    options = tuple(str(x) for x in stored_options) if isinstance(stored_options, list) else ()
    stored_examples = value.get("examples")
    examples = tuple(str(x) for x in stored_examples) if isinstance(stored_examples, list) else ()
    pasted, list_name = value.get("pasted") is True, value.get("list_name")
    stored_names = value.get("option_names")
    option_names = tuple(
        tuple(str(x) for x in names) if isinstance(names, list) else ()
        for names in (stored_names if isinstance(stored_names, list) else [])
    )
    named = list_name if isinstance(list_name, str) else ""
    wait_option = value.get("wait_option")
    return _Asked(
        numbers,
        quantity,
        note,
        friend,
        pasted,
        kept,
        typed,
        titles,
        options,
        examples=examples,
        list_name=named,
        option_names=option_names,
        wait=value.get("wait") is True,
        wait_option=wait_option if isinstance(wait_option, str) else "",
    )


def _key(platform: str, chat_id: str, user_id: str) -> str:
    return f"which_asked:{platform}:{chat_id}:{user_id}"


def _ctx_key(ctx: Context) -> str:
    return _key(ctx.request.platform, ctx.request.chat_id, ctx.request.user_id)


def _listed(refusal: DomainError) -> list[tuple[int, str]]:
    """(id, title) of each group buy the question lists (`listed`, `commerce.services.group_buys`)."""
    found = refusal.params.get("listed")
    return [(int(n), str(title)) for n, title in found] if isinstance(found, list | tuple) else []


def _held_options(refusal: DomainError, ids: tuple[int, ...]) -> tuple[str, ...]:
    """Of each group buy listed, the only option the member holds there (`held`), else ""."""
    found = refusal.params.get("held")
    rows = found if isinstance(found, list | tuple) else []
    held = {int(row[0]): str(row[3]) for row in rows if isinstance(row, list | tuple) and len(row) == 4}
    return tuple(held.get(number, "") for number in ids)


def _option_names(refusal: DomainError, ids: tuple[int, ...]) -> tuple[tuple[str, ...], ...]:
    """Of each group buy listed, the names of all its options (`option_names`), else ()."""
    found = refusal.params.get("option_names")
    rows = found if isinstance(found, list | tuple) else []
    names = [tuple(str(x) for x in row) if isinstance(row, list | tuple) else () for row in rows]
    return tuple(names[: len(ids)]) + ((),) * (len(ids) - len(names[: len(ids)]))


def _example_options(refusal: DomainError, ids: tuple[int, ...]) -> tuple[str, ...]:
    """Of each group buy listed, the option its example names (`options`: `咸的`), else ""."""
    found = refusal.params.get("options")
    named = [str(option) for option in found] if isinstance(found, list | tuple) else []
    return tuple(named[: len(ids)]) + ("",) * (len(ids) - len(named[: len(ids)]))


def _asks(ctx: Context, refusal: DomainError) -> bool:
    """Whether the refusal asks a member which group buy her typed join meant, in a group."""
    command = ctx.command
    return (
        refusal.code == "which_group_buy"
        and command.name == "join"
        and not command.tap
        and not ctx.is_private
        and not refusal.params.get("yours")
        and bool(_listed(refusal))
    )


def with_buttons(ctx: Context, refusal: DomainError, replies: list[Reply], lang: str) -> list[Reply]:
    """The question which group buy a join meant, with a button per group buy listed (`#2 荔枝`)."""
    if not _asks(ctx, refusal) or len(replies) != 1 or not replies[0].text:
        return replies
    quantity = _asked_quantity(ctx.command)
    rows = tuple(
        (_button(lang, number, title, quantity, ctx.request.user_id),) for number, title in _listed(refusal)
    )
    return [replace(replies[0], buttons=rows)]


def asker(user_id: str) -> str:
    """Whom a question's button asked, as its data says it: a short digest of her id (any id fits)."""
    return hashlib.blake2s(user_id.encode(), digest_size=4).hexdigest()


def _button(lang: str, number: int, title: str, quantity: int, user_id: str) -> Button:
    """The question's button joining #`number`: with the `quantity` asked about, and whom it asked, when
    more than one (`wj:2:3:<asker>`: her tap joins 3 when the question is no longer remembered)."""
    data = WhichButton(number, quantity, asker(user_id)) if quantity > 1 else WhichButton(number)
    return Button(t(lang, "btn_which_join", id=number, title=title), data.pack())


def _asked_quantity(command: Command) -> int:
    """How many the join asked about is of: as typed, else as its note counts (`加1加1 要三份`: 3)."""
    counted = note_counted(command)
    return counted.quantity if counted.quantity and counted.quantity > 0 else 1


def _asks_wait(ctx: Context, refusal: DomainError) -> bool:
    """Whether the refusal asks a member which sold-out group buy her typed wait meant, in a group."""
    command = ctx.command
    return (
        refusal.code == "waitlist_which_sold_out"
        and command.name == "wait"
        and not command.tap
        and not ctx.is_private
        and bool(_listed(refusal))
    )


async def asked(ctx: Context, refusal: DomainError) -> None:
    """The refusal the member reads: when it asks which group buy her join meant, remember the join;
    which sold-out one her wait meant, the wait (`#6` then waits for #6, rep96 #8)."""
    if ctx.values is not None and _asks_wait(ctx, refusal):
        await _remember(ctx, _wait_asked(ctx, refusal))
        return
    if ctx.values is None or not _asks(ctx, refusal):
        return
    command = note_counted(ctx.command)  # `加1加1 要三份`: answered `1`, joins 3 as its example says
    ids = tuple(number for number, _ in _listed(refusal))
    kept = _Asked(
        ids=ids,
        quantity=_asked_quantity(ctx.command),
        note=command.note,
        friend=command.friend,
        pasted=command.pasted,
        measured=command.measured,
        typed=ctx.request.text,
        titles=tuple(title for _, title in _listed(refusal)),
        options=_held_options(refusal, ids),
        examples=_example_options(refusal, ids),
        list_name=command.list_name,
        option_names=_option_names(refusal, ids),
    )
    await _remember(ctx, kept)


def _wait_asked(ctx: Context, refusal: DomainError) -> _Asked:
    """The wait the question which sold-out group buy was asked about: its quantity and option."""
    command = ctx.command
    listed = _listed(refusal)
    return _Asked(
        ids=tuple(number for number, _ in listed),
        quantity=command.quantity if command.quantity and command.quantity > 0 else 0,
        note="",
        friend="",
        pasted=False,
        measured=None,
        typed=ctx.request.text,
        titles=tuple(title for _, title in listed),
        wait=True,
        wait_option=command.option,
    )


async def _remember(ctx: Context, kept: _Asked) -> None:
    assert ctx.values is not None
    try:
        await ctx.values.set(_ctx_key(ctx), kept.as_json(), ttl=ASKED_FOR.total_seconds())
    except Exception:  # the answer then needs its number in a join: `+1 #2`, as the question says
        log.warning("could not remember the question to %s", ctx.request.user_id, exc_info=True)


def prefetch(ctx: Context) -> dict[str, Json | None]:
    """The keys to read with the sender's sighting, in its round trip (`MemberMemo.due`'s `also`): for a
    join or an answer in a group, whether she was asked which group buy, so a `+1 #2` from someone who
    was not (nearly everyone) costs no delete, and an answer no read of its own."""
    command = ctx.command
    if ctx.values is None or ctx.is_private:
        return {}
    typed_join = command.name == "join" and not command.tap
    if command.name in ("which_answer", "which_pick") or (
        typed_join
        and (
            command.group_buy_id is not None  # `+1 #2`: `named` forgets the question, if asked
            or _JOIN_NUMBER.match(" ".join(unicodedata.normalize("NFKC", ctx.request.text).split()))
        )
    ):
        return {_ctx_key(ctx): None}
    return {}


async def _recall_ctx(ctx: Context) -> _Asked | None:
    """The question asked of the sender here: as read with her sighting, else read now."""
    key = _ctx_key(ctx)
    if key in ctx.prefetched:
        return _read(ctx.prefetched[key])
    return await _recall(ctx.values, key)


async def _recall(values: KeyValues | None, key: str) -> _Asked | None:
    if values is None:
        return None
    try:
        return _read(await values.get(key))
    except Exception:
        log.warning("could not read the question which group buy (%s)", key, exc_info=True)
        return None


async def _forget(ctx: Context) -> None:
    key = _ctx_key(ctx)
    if ctx.values is None or (key in ctx.prefetched and ctx.prefetched[key] is None):
        return  # read with her sighting: she was not asked (or it was answered), nothing to forget
    try:
        await ctx.values.delete(key)
    except Exception:  # kept until `ASKED_FOR`: her number alone would join again, as asked
        log.warning("could not forget the question to %s", ctx.request.user_id, exc_info=True)


async def typed_answer(values: KeyValues | None, request: Request) -> Command | None:
    """`#2`, `2`, `第二个`, `荔枝` (talk otherwise) from the member just asked which group buy, naming one it
    listed: the answer (`which_answer`); else None. Only such a message (a number, or one short word)
    costs a read of the shared state."""
    if values is None or request.chat_kind is not ChatKind.GROUP or request.button is not None:
        return None
    answer = " ".join(unicodedata.normalize("NFKC", request.text).split())
    if not _MAY_ANSWER.match(answer):
        return None
    asked_about = await _recall(values, _key(request.platform, request.chat_id, request.user_id))
    named = () if asked_about is None else asked_about.named(answer)
    if not named and asked_about is not None and _ORDINAL.match(answer):  # `第四个` of three: said so
        return Command("which_answer", rest=answer)
    # `#2 please`: English words, answered in English as `2 please` is, in a Chinese chat too; `2号 谢谢`:
    # Chinese words, answered in Chinese in an English chat
    heard = courtesy_language(answer)
    if not named and asked_about is not None:  # `大盒`, `#3 大盒`: an option of one listed
        option = asked_about.option_named(answer)
        if option is not None:
            return Command("which_answer", group_buy_id=option[0], option=option[1], heard=heard)
    if not named:
        return None
    if len(named) > 1:  # `apple` beside Apples and Apple pie: asked again, by number (`answer`)
        return Command("which_answer", rest=answer, heard=heard)
    return Command("which_answer", group_buy_id=named[0], heard=heard)


async def answer(ctx: Context) -> list[Reply]:
    """`#2` / `2` alone just after the question (`typed_answer`): the join first typed, on #2."""
    asked_about = await _recall_ctx(ctx)
    chosen = ctx.command.group_buy_id
    several = () if asked_about is None or chosen is not None else asked_about.named(ctx.command.rest)
    if asked_about is not None and asked_about.wait and len(several) > 1:  # `tea` of Tea and Tea cake
        return await _ask_wait_again(ctx, asked_about, several)
    if asked_about is not None and len(several) > 1:  # `apple`: Apples or Apple pie? asked again
        return await _ask_again(ctx, asked_about, several)
    if asked_about is not None and chosen is None and not several and _ORDINAL.match(ctx.command.rest):
        return await _beyond_the_list(ctx, asked_about)
    if asked_about is None or chosen is None or chosen not in asked_about.ids:
        return []  # answered meanwhile (on another worker): talk again
    if asked_about.wait:  # `#6` after "which one do you want to wait for?": the wait, for #6
        return await _wait_answered(ctx, asked_about, chosen)
    typed = " ".join(unicodedata.normalize("NFKC", ctx.request.text).split())
    bare = _DIGITS_ALONE.match(_COURTESY.sub("", typed).strip() or typed)
    ctx.command = asked_about.join(ctx.command, chosen, tap=False, option=ctx.command.option)
    await _echo_answered(ctx, asked_about)
    replies = await referrals.join(ctx)
    await _forget(ctx)
    if bare is None:  # `#2`, `2号`, `第二个`, `荔枝`: no quantity
        return replies
    return await _read_as_answer(ctx, replies, asked_about, chosen, typed, int(bare.group("n")))


async def _wait_answered(ctx: Context, asked_about: _Asked, chosen: int) -> list[Reply]:
    """The wait first typed (`/waitlist`, `候补 2`, `/waitlist 1 large`), for the group buy chosen; an option
    named in the answer (`#6 large`) is the wait's. Refused (its limit), the question stays."""
    ctx.command = replace(
        ctx.command,
        name="wait",
        group_buy_id=chosen,
        quantity=asked_about.quantity or None,
        option=ctx.command.option or asked_about.wait_option,
        tap=False,
    )
    replies = await waiting.wait(ctx)
    ctx.after_commit.append(lambda: _forget(ctx))  # answered once it holds; refused, the question stays
    return replies


async def _ask_wait_again(ctx: Context, asked_about: _Asked, several: tuple[int, ...]) -> list[Reply]:
    """A title answering the wait question for several listed: asked again, those only, nothing changed."""
    lang = await ctx.lang(guess=True)
    titles = dict(zip(asked_about.ids, asked_about.titles, strict=False))
    choices = " · ".join(f"#{number} {titles.get(number, '')}".rstrip() for number in several)
    example = f"{several[0]} {asked_about.wait_option}".rstrip()
    quantity = asked_about.quantity or 1
    text = t(
        lang, "waitlist_which_sold_out", n=len(several), choices=choices, example=example, quantity=quantity
    )
    return [Reply(text=text, language=lang)]


async def _echo_answered(ctx: Context, asked_about: _Asked) -> None:
    """The join first typed was agreement (`我也要`, `me too`, `给我来两箱`): answered with the one she
    already holds (`#2`), it is the echo's answer there, nothing added, and the question is answered."""
    try:
        await echoes.refuse_held(ctx, typed=asked_about.typed)
    except DomainError:
        await _forget(ctx)
        raise


async def _beyond_the_list(ctx: Context, asked_about: _Asked) -> list[Reply]:
    """`第四个` when the question listed three: only three were listed, which they are; nothing added,
    the question stays (`2`, `#6`, a title answer it)."""
    lang = await ctx.lang(guess=True)
    choices = " · ".join(
        f"#{n} {title}".rstrip() for n, title in zip(asked_about.ids, asked_about.titles, strict=False)
    )
    n = len(asked_about.ids)
    text = t(lang, "which_answer_beyond", name=ctx.command.rest, n=n, choices=choices)
    return [Reply(text=text, language=lang)]


async def _ask_again(ctx: Context, asked_about: _Asked, several: tuple[int, ...]) -> list[Reply]:
    """A title answering for several listed (`apple`: Apples, Apple pie): those it names, with their
    numbers and the join as first typed on each, nothing added; the question stays, so `#2` answers it."""
    lang = await ctx.lang(guess=True)
    titles = dict(zip(asked_about.ids, asked_about.titles, strict=False))
    choices = " · ".join(f"#{number} {titles.get(number, '')}".rstrip() for number in several)
    named = dict(zip(asked_about.ids, asked_about.examples, strict=False))  # `+1 #11 咸的`
    examples = t(lang, "which_examples_separator").join(
        example_each(
            lang,
            titles.get(number) or f"#{number}",
            join_example(
                lang, asked_about.join(ctx.command, number, tap=False), number, named.get(number, "")
            ),
        )
        for number in several
    )
    said = ctx.command.rest
    text = t(lang, "which_answer_several", name=said, n=len(several), choices=choices, examples=examples)
    rows = tuple(
        (_button(lang, n, titles.get(n, ""), asked_about.quantity, ctx.request.user_id),) for n in several
    )
    return [Reply(text=text, buttons=rows, language=lang)]


async def pick(ctx: Context) -> list[Reply]:
    """A button of the question (`wj:2`; WeChat: its number): the join first typed, on #2. Not remembered
    (after `ASKED_FOR`, a restart without Redis): the quantity its data carries (`wj:2:3:<asker>`), tapped
    by her, without the note; tapped by anyone else, or old data (`wj:2`): one, as the card's +1 more."""
    asked_about = await _recall_ctx(ctx)
    tapped = ctx.command
    chosen = tapped.group_buy_id
    if asked_about is None or chosen is None or chosen not in asked_about.ids:
        hers = bool(tapped.asker) and tapped.asker == asker(ctx.request.user_id)
        quantity = tapped.quantity if hers and tapped.quantity else 1
        ctx.command = replace(tapped, name="join", quantity=quantity, first_only=False, asker="")
        return await referrals.join(ctx)
    ctx.command = asked_about.join(ctx.command, chosen, tap=True)
    await _echo_answered(ctx, asked_about)
    replies = await referrals.join(ctx)
    await _forget(ctx)
    return replies


async def by_number(ctx: Context) -> list[Reply] | None:
    """`/join 2` (`跟团 2`) just after the question listing #2: the join first typed, on #2. So is `2 please`
    (a join of 2 elsewhere): the question asked for a number, and 2 is one it listed; the reply then says
    the words were read as the answer, and how to send a quantity (`+2 #2`) if that was meant. None when it
    is no such answer (typed again as first asked, `/join 2` or `2 please` still means two, and is asked
    again; `2 please` when #2 was not listed is a join of 2, asked which)."""
    command = ctx.command
    if ctx.values is None or ctx.is_private or command.tap or command.group_buy_id is not None:
        return None
    typed = " ".join(unicodedata.normalize("NFKC", ctx.request.text).split())
    number = _JOIN_NUMBER.match(typed)
    please = _NUMBER_PLEASE.match(typed) if number is None and command.in_words else None
    found = number or please
    if found is None or command.note or command.friend:
        return None
    asked_about = await _recall_ctx(ctx)
    chosen = int(found.group("id"))
    if asked_about is None or chosen not in asked_about.ids or asked_about.typed == ctx.request.text:
        return None
    ctx.command = asked_about.join(command, chosen, tap=False)
    await _echo_answered(ctx, asked_about)
    replies = await referrals.join(ctx)
    await _forget(ctx)
    if please is None:
        return replies
    return await _read_as_answer(ctx, replies, asked_about, chosen, typed, chosen)


async def _read_as_answer(
    ctx: Context, replies: list[Reply], asked_about: _Asked, chosen: int, typed: str, said_n: int
) -> list[Reply]:
    """The join's reply to `2 please` (or a bare `2`, `2` of #8 · #9 too) taken as an answer, saying so (a
    text, never only the card's 👌), with the form for `said_n` in all when the join took another quantity
    (`+1` first: `+1 #2` more)."""
    said = next((i for i, reply in enumerate(replies) if reply.text and not reply.private_to), None)
    if said is None:
        return replies
    reply = replies[said]
    lang = reply.language or await ctx.lang(guess=True)
    title = dict(zip(asked_about.ids, asked_about.titles, strict=False)).get(chosen, "")
    more = said_n - asked_about.quantity  # `2 please` meant two in all: what to send for it
    example = f"{'+' if more > 0 else '-'}{abs(more)} #{chosen}"
    key = "which_answer_read_quantity" if more else "which_answer_read"
    note = t(lang, key, typed=typed, id=chosen, title=title, n=said_n, example=example)
    replies[said] = replace(reply, text=f"{reply.text}\n{note}", reaction_instead=None)
    return replies


async def named(ctx: Context) -> None:
    """A join naming its group buy (`+1 #2`) in a group: the question, if it was asked, is answered."""
    command = ctx.command
    if ctx.values is None or ctx.is_private or command.tap or command.group_buy_id is None:
        return
    await _forget(ctx)

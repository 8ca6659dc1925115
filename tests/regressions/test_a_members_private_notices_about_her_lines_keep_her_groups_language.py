"""Session 35: a buyer's order and what she owes kept one steady language (her private `/lang`, else her
app's, else the group's), but the other private notices about her lines still followed the words she
last typed (`own_languages`): Lin, in a Chinese group on the playground, said `me too` once and read in
English that her line was taken off, that a friend put her down, that her wait did not get in (or was
called off, or that units came free after the close), that a new round of a group buy she had joined
was open, and, as a sharer, that a called-off group buy earns her nothing. They follow the steady rule
now (`handlers.members.steady_languages`), in a Chinese group and in an English one alike."""

from __future__ import annotations

import re

import pytest

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {"zh": "接龙 草莓 价格 30", "en": "/groupbuy Strawberries price 30"}
SOLD_OUT = {"zh": "接龙 草莓 价格 30 库存 1", "en": "/groupbuy Strawberries price 30 stock 1"}
JOIN = {"zh": "me too", "en": "我也要"}  # a join in words of the other language than the group's
ASK = {"zh": "how much?", "en": "多少钱？"}  # a question in words of the other language
CLOSE = {"zh": "截单", "en": "/close"}
CANCEL = {"zh": "取消 #1 确认", "en": "/cancel #1 confirm"}


def _to(replies: list[Reply], who: str) -> list[str]:
    return [r.text for r in replies if r.private_to == who and r.text]


async def _room(lang: str, opening: dict[str, str]) -> Chat:
    """A group on the playground (no app language told) in `lang`, Amy its admin, her group buy open."""
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.platform, chat.admins = "playground", {"amy"}
    if lang == "en":
        await chat.say("amy", "/lang en")
    await chat.say("amy", opening[lang])
    return chat


@pytest.mark.parametrize(
    ("lang", "kick", "told"),
    [
        ("zh", "踢出 Lin", "团长 Amy 把你（×1）移出了 草莓（#1）。有疑问请联系团长 Amy。"),
        ("en", "/kick Lin", "Amy removed you (×1) from Strawberries (#1). If this is a mistake, ask Amy."),
    ],
)
async def test_a_line_taken_off_is_told_in_her_groups_language(lang: str, kick: str, told: str) -> None:
    chat = await _room(lang, OPEN)
    await chat.say("lin", JOIN[lang])
    assert _to(await chat.say("amy", kick), "lin") == [told]


@pytest.mark.parametrize(
    ("lang", "typed", "told"),
    [
        ("zh", "+1 帮 Lin", "Cat 在群里帮你报了名：1 × 草莓（#1），名单上是“Cat 帮 Lin”。"),
        (
            "en",
            "+1 for Lin",
            "Cat put you down in the group: 1 × Strawberries (#1), listed as “Cat for Lin”.",
        ),
    ],
)
async def test_a_friends_line_is_told_in_her_groups_language(lang: str, typed: str, told: str) -> None:
    chat = await _room(lang, OPEN)
    await chat.say("lin", JOIN[lang])
    [said] = _to(await chat.say("cat", typed), "lin")
    assert said.startswith(told), said


WAITED = {
    "zh": (
        "草莓（#1）已截单，你候补的 1 份这次没有补上。",
        "草莓（#1）截单后有未付款订单取消，空出了 1 份。你截单时候补 1 份；",
        "草莓（#1）已取消，你候补的 1 份不再排队。",
    ),
    "en": (
        "Strawberries (#1) closed and your wait for 1 did not get in this time.",
        "Unpaid orders of Strawberries (#1) were cancelled after the close: 1 came free.",
        "Strawberries (#1) was called off, so your wait for 1 ends here.",
    ),
}


async def _waiting(lang: str) -> Chat:
    """Cat took the only one; Lin asked in the other language's words, then queued (`/waitlist`: a
    slash command tells nothing)."""
    chat = await _room(lang, SOLD_OUT)
    await chat.say("cat", "+1")
    await chat.say("lin", ASK[lang])
    await chat.say("lin", "/waitlist 1")
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_waiting_list_notices_speak_her_groups_language(lang: str) -> None:
    closed, freed, called_off = WAITED[lang]
    chat = await _waiting(lang)
    assert _to(await chat.say("amy", CLOSE[lang]), "lin") == [closed]
    cancel = "取消未付款 #1 确认" if lang == "zh" else "/cancelunpaid 1 confirm"
    [said] = _to(await chat.say("amy", cancel), "lin")
    assert said.startswith(freed), said

    chat = await _waiting(lang)
    assert _to(await chat.say("amy", CANCEL[lang]), "lin") == [called_off]


@pytest.mark.parametrize(
    ("lang", "copy", "told"),
    [
        (
            "zh",
            "再开一团 #1",
            "Amy 又开了一轮 草莓（#2）。你跟过的 #1 没有成行，这次要跟就在「family」发 +1 #2。",
        ),
        (
            "en",
            "/reopen #1",
            "Amy has opened Strawberries again (#2). #1, which you had joined, did not go ahead; to join "
            "this round, send +1 #2 in family.",
        ),
    ],
)
async def test_a_new_round_is_told_to_who_joined_in_her_groups_language(
    lang: str, copy: str, told: str
) -> None:
    chat = await _room(lang, OPEN)
    await chat.say("lin", JOIN[lang])
    await chat.say("amy", CANCEL[lang])
    assert _to(await chat.say("amy", copy), "lin") == [told]


@pytest.mark.parametrize(
    ("lang", "share", "told"),
    [
        ("zh", "分享", "草莓（#1）已被团长取消：你分享带来的 Dan 不用付款，这个团不给你记佣金。"),
        (
            "en",
            "/share",
            "Strawberries (#1) was called off by its organiser, so your share earns nothing on it: Dan, who "
            "joined through it, will pay nothing.",
        ),
    ],
)
async def test_a_sharers_call_off_note_speaks_her_groups_language(lang: str, share: str, told: str) -> None:
    chat = await _room(lang, OPEN)
    await chat.say("amy", "佣金 10%" if lang == "zh" else "/commission 10%")
    found = re.search(r"团?\d+-\w{4}", chat.shared(await chat.say("lin", share)))
    assert found is not None
    await chat.say("dan", f"+1 {found.group(0)}", private=True)
    await chat.say("lin", ASK[lang])  # her last words: the other language
    assert _to(await chat.say("amy", CANCEL[lang]), "lin") == [told]

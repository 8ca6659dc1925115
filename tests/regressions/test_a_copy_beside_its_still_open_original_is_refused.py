"""Session 16 review (ra 9): in neighbours, `/copy #9 to family` while #9 was still open in family opened
#10 beside it: two open group buys of the same thing, almost never meant. A copy into the original's own
chat while it is open is refused, saying what to do (close it first, or edit it), nothing changed; once
it is no longer open the copy opens, and a copy into another chat is allowed while it is open."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.unit.handlers.conftest import Chat, fake_chat

REFUSED = {
    "en": "Mangoes (#1) is still open: a copy in its own chat would be a second one beside it, so nothing "
    "was changed. To change it, send /edit #1 (e.g. /edit #1 ends tomorrow 20:00); to run it again, first "
    "close it with /close #1 (or, if it will not reach its target, call it off with /cancel #1), then send "
    "/copy #1.",
    "zh": "芒果（#1）还在接龙，在它的群里再开一团会多出一个一样的团，没有任何改动。要改它就发 修改 #1"
    "（例如 修改 #1 截止 明天20:00）；要重开，先发 截单 #1（到不了成团数量的话，"
    "改发 取消 #1），再发 再开一团 #1。",
}


def _here(replies: list[Reply]) -> str:
    [text] = [r.text for r in replies if r.text and r.chat_id is None and not r.private_to]
    return text


@pytest.mark.parametrize(
    ("lang", "opening", "here", "from_elsewhere", "to_elsewhere", "cancel"),
    [
        (
            "en",
            "/groupbuy Mangoes price 30",
            "/copy #1",
            "/copy #1 to family",
            "/copy #1 to neighbours",
            "/cancel #1",
        ),
        (
            "zh",
            "接龙 芒果 价格 30",
            "再开一团 #1",
            "再开一团 #1 到 family",
            "再开一团 #1 到 neighbours",
            "取消 #1",
        ),
    ],
)
async def test_a_copy_beside_the_open_original_is_refused_and_elsewhere_allowed(
    lang: str, opening: str, here: str, from_elsewhere: str, to_elsewhere: str, cancel: str
) -> None:
    family = fake_chat(default_language=lang)
    neighbours = Chat(family.app, chat_id="neighbours")
    await neighbours.say("amy", f"/lang {lang}")
    await family.say("amy", opening)
    card = await family.card(1)

    assert _here(await family.say("amy", here)) == REFUSED[lang]
    assert _here(await neighbours.say("amy", from_elsewhere)) == REFUSED[lang]
    assert await family.card(1) == card

    elsewhere = await family.say("amy", to_elsewhere)  # the next number: none was opened before
    assert [r.card_of for r in elsewhere if r.is_card and r.chat_id == "neighbours"] == [2]

    await family.say("amy", cancel)
    again = await family.say("amy", here)
    assert family.cards(again) == [(3, True)]


async def test_a_sold_out_originals_copy_in_its_own_chat_is_the_next_batch() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 30 stock 2")
    await chat.say("bob", "+2")

    copied = _here(await chat.say("amy", "/copy #1"))

    assert "#2" in copied and "still open" not in copied

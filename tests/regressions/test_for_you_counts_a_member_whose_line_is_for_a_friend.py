"""Review 70 #8 (s33-buyerwords): the weekly DM said "#1 …：1 位群友正在跟" while 3 members were on #1: the
count read only lines of members' own, and wangayi's and zhang's were friends' lines (`+2 帮 王阿姨`). A
member on the list for a friend is on it: each member counted once, whoever her lines are for."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "ask", "said"),
    [
        ("zh", "接龙 海南贵妃芒 5斤 价格 88", "猜你喜欢", "#1 海南贵妃芒 5斤（在「qun」）：3 位群友正在跟"),
        ("en", "/groupbuy Mangoes price 88", "/foryou", "#1 Mangoes (in qun): 3 friends on the list now"),
    ],
)
async def test_members_on_the_list_for_a_friend_are_counted(
    lang: str, opening: str, ask: str, said: str
) -> None:
    chat = fake_chat(default_language=lang)
    chat.title = "qun"
    await chat.say("amy", opening)
    await chat.say("chen", "hi")
    await chat.say("xiaoli", "+1")
    await chat.say("wangayi", "+2 帮 王阿姨")
    await chat.say("zhang", "+1 帮 老张")
    await chat.say("zhang", "+1")  # her own line beside her friend's: still one member

    answer = chat.said(await chat.say("chen", ask, private=True))

    assert said in answer, answer

"""rep86 #10: `/edit #6 limit 2` with Eve holding veg ×3 was told `one line has 3 (you wrote limit 2).
Lower it with /remove first.`, naming nobody and no form. Now it names Eve, what she holds, and the
`/remove` that takes her line off (or the `-1` she may send), nothing changed."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

SAID = {
    "en": (
        ("/groupbuy Dumplings options pork:30,veg:25", "+3 veg", "+1 pork", "/edit #1 limit 2"),
        "The limit can't go below what Eve already holds: 3 (you wrote limit 2). Nothing was changed. To set "
        "it, first take Eve's line off with /remove #1 @Eve (or Eve sends -1 #1), then set the limit.",
    ),
    "zh": (
        ("接龙 饺子 价格 10", "+3", "+1", "修改 #1 限购 2"),
        "限购不能低于 Eve 已经买的数量：3 份（你写的是限购 2）。没有任何改动。"
        "要改，先用 踢出 #1 @Eve 去掉 TA 的那条（或请 Eve 发 -1 #1），再改限购。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_refusal_names_who_holds_more_and_the_remove(lang: str) -> None:
    (opened, eve, bob, limit), expected = SAID[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opened)
    await chat.say("eve", eve)
    await chat.say("bob", bob)
    card = await chat.card(1)

    assert chat.said(await chat.say("amy", limit)) == expected
    assert await chat.card(1) == card


async def test_with_several_over_it_names_the_one_holding_most() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Jam price 10")
    await chat.say("eve", "+3")
    await chat.say("cat", "+4")

    assert chat.said(await chat.say("amy", "/edit #1 limit 2")) == (
        "The limit can't go below what some already hold: Cat has 4, and others hold more than 2 too (see "
        "/list #1; you wrote limit 2). Nothing was changed. To set it, first take their lines off, e.g. "
        "/remove #1 @Cat (or Cat sends -2 #1), then set the limit."
    )

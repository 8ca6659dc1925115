"""Review s19 #6: Eve had reported both her unpaid orders (`我已付款 全部`); sending `/ipaid all` again
answered "You already said order #2-1 is paid…" and named only one of them, as if the other were
forgotten. Now every order "all" covers is named (a bare `/ipaid` meaning them all, too); with one,
the answer is as before."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def _both_reported(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "zh":
        opening = ["接龙 鸡蛋 价格 8.4 成团 1", "接龙 葡萄 价格 112 成团 1"]
    else:
        opening = ["/groupbuy Eggs price 8.4 target 1", "/groupbuy Grapes price 112 target 1"]
    for text in opening:
        await chat.say("amy", text)
    await chat.say("eve", "+1 #1")
    await chat.say("eve", "+1 #2")
    await chat.say("amy", "截单 #1" if lang == "zh" else "/close #1")
    await chat.say("amy", "截单 #2" if lang == "zh" else "/close #2")
    await chat.say("eve", "我已付款 全部" if lang == "zh" else "/ipaid all", private=True)
    return chat


ALREADY = {
    "zh": "你已经说过这 2 个订单已付款：#1-1 鸡蛋 ¥8.40、#2-1 葡萄 ¥112，正在等团长确认，没有任何改动。",
    "en": "You already said these 2 orders are paid: #1-1 Eggs ¥8.40, #2-1 Grapes ¥112. They are waiting "
    "for the organiser to confirm; nothing was changed.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("private", [True, False])
async def test_all_again_names_each_order_reported(lang: str, private: bool) -> None:
    chat = await _both_reported(lang)

    again = await chat.say("eve", "我已付款 全部" if lang == "zh" else "/ipaid all", private=private)

    assert chat.said(again) == ALREADY[lang]
    assert not chat.private(again)  # nobody is asked again


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_bare_report_meaning_them_all_names_each(lang: str) -> None:
    chat = await _both_reported(lang)

    again = await chat.say("eve", "我已付款" if lang == "zh" else "/ipaid", private=True)

    assert chat.said(again) == ALREADY[lang]


async def test_one_order_reported_is_said_as_before() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 鸡蛋 价格 8.4 成团 1")
    await chat.say("eve", "+1")
    await chat.say("amy", "截单")
    await chat.say("eve", "我已付款 全部")

    again = await chat.say("eve", "我已付款 全部")

    assert chat.said(again) == "你已经说过订单 #1-1 已付款，正在等团长确认，没有任何改动。"


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_all_with_one_reported_again_names_the_other_reported_before(lang: str) -> None:
    """Review s20: after `未收到 2-1` (the organiser did not get it), `/ipaid all` reported #2-1 again and
    said nothing of #1-1, reported before and still waiting."""
    chat = await _both_reported(lang)
    await chat.say("amy", "未收到 2-1" if lang == "zh" else "/notpaid 2-1")

    again = await chat.say("eve", "我已付款 全部" if lang == "zh" else "/ipaid all", private=True)

    said = chat.said(again)
    assert "#2-1" in said and "#1-1" in said, said
    if lang == "zh":
        assert said == (
            "收到，Eve：已请 Amy 确认你这几单的付款：#2-1 葡萄 ¥112。确认前接龙卡片上显示 💸。\n"
            "之前已报过付款、正在等团长确认，没有改动：#1-1 鸡蛋 ¥8.40。"
        )
    assert "amy" in chat.private(again)  # asked about #2-1 again

"""`明天能取吗`, `什么时候能取`, `when can I pick up?` alone in a group were silent (only `几点取货？` was
answered, and only with one group buy open). They are answered with the pickup of her orders here (after
the close too), else of the one open group buy she is on, else of the one open here; no pickup set: said
so, with the organiser to ask; nothing of hers and several open: silent. `能取消吗` is no pickup question."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _closed_with_pickup(lang: str) -> Chat:
    chat = fake_chat()
    await chat.say("amy", f"/lang {lang}")
    await chat.say("amy", "接龙 猪肉 价格 30")
    await chat.say("cat", "+1")
    await chat.say("amy", "自提 #1 小区南门 明天下午5点")
    await chat.say("amy", "截单")
    return chat


async def test_her_order_answers_the_pickup_question_in_chinese() -> None:
    chat = await _closed_with_pickup("zh")

    for asked in ("明天能取吗", "什么时候能取"):
        assert Chat.said(await chat.say("cat", asked)) == "猪肉（#1）取货：小区南门 · 11月24日 周二 17:00"


async def test_her_order_answers_the_pickup_question_in_english() -> None:
    chat = await _closed_with_pickup("en")

    said = Chat.said(await chat.say("cat", "when can I pick up?"))

    assert said.startswith("猪肉 (#1) pickup: 小区南门 · Tue 24 Nov 17:00"), said


async def test_with_nothing_of_hers_and_none_open_it_stays_silent() -> None:
    chat = await _closed_with_pickup("zh")

    assert [r.text for r in await chat.say("dan", "明天能取吗") if r.text] == []
    assert [r.text for r in await chat.say("cat", "能取消吗") if r.text] == []


async def test_the_open_one_she_is_on_among_several_says_no_pickup_is_set() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang zh")
    await chat.say("amy", "接龙 咖椰 价格 3")
    await chat.say("amy", "接龙 鸡蛋 价格 3")
    await chat.say("dan", "+1 #2")

    said = Chat.said(await chat.say("dan", "明天能取吗"))

    assert said == "鸡蛋（#2）团长 Amy 还没说在哪取货，可以直接问团长。"
    assert [r.text for r in await chat.say("eve", "明天能取吗") if r.text] == []


async def test_english_with_one_open_and_no_pickup_says_to_ask_the_organiser() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Pork price 30")
    await chat.say("cat", "+1")

    said = Chat.said(await chat.say("cat", "when can I pick up?"))

    assert said.startswith("Pork (#1): Amy has not said where to pick it up yet; ask them directly."), said

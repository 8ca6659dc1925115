"""Session 18 review (finding 13): after `/lang en` in her private chat with the bot, `我的订单`, `名单` and
`+1` there were answered in English, as README says every reply there follows that `/lang`, but the
questions Ask answers (`取货码`, `我付了吗`, `问 什么时候取货`) kept the language they were typed in and
came in Chinese. Now an Ask answer in a private chat follows its `/lang` too (`/lang zh` likewise makes
an English question answered in Chinese); without one it still speaks the question's language."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _paid(factory: FakeUnitOfWorkFactory, lang: str) -> Chat:
    """Eve paid 粽子 (#1), pickup set; her private chat's `/lang` is `lang`."""
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 粽子 价格 9")
    await chat.say("eve", "+2")
    await chat.say("amy", "截单")
    await chat.say("amy", "自提 小区南门 11月25日 17:00")
    await chat.say("amy", "已收 1-1")
    await chat.say("eve", f"/lang {lang}", private=True)
    return chat


async def test_chinese_questions_are_answered_in_english_after_lang_en() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory, "en")
    code = next(iter(factory.state.orders.values())).pickup_code

    code_answer = chat.said(await chat.say("eve", "取货码", private=True))
    paid_answer = chat.said(await chat.say("eve", "我付了吗", private=True))
    pickup_answer = chat.said(await chat.say("eve", "问 什么时候取货", private=True))

    mine = (
        "You ordered 2 of 粽子 (#1) for ¥18: paid (order #1-1).\n"
        f"Your pickup code: {code} (show it when you collect your goods)"
    )
    assert code_answer == mine
    assert paid_answer == mine
    assert pickup_answer == "粽子 (#1) pickup: 小区南门 · Wed 25 Nov 17:00"


async def test_english_questions_are_answered_in_chinese_after_lang_zh() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await _paid(factory, "zh")
    code = next(iter(factory.state.orders.values())).pickup_code

    said = chat.said(await chat.say("eve", "what is my pickup code?", private=True))

    assert said == (
        f"你在 粽子（#1）订了 2 份，共 ¥18，已付款（订单 #1-1）。\n取货码：{code}（取货时出示，由团长核销）"
    )


async def test_without_a_private_lang_the_question_keeps_its_language() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 粽子 价格 9")
    await chat.say("eve", "+2")

    said = chat.said(await chat.say("eve", "how much did I buy?", private=True))

    assert said == "You are on 粽子 (#1) for 2; it has not closed yet."

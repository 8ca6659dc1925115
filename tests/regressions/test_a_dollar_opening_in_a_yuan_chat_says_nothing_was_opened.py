"""rep59 finding 10: `/new Mangoes $20 each` in a ¥ chat was refused with "…: nothing was changed", the
wrong words for an opening (elsewhere "nothing was opened"), and showed no opening that works. It now
says nothing was opened and shows `/new Mangoes 20 each` or `¥20`; in a $ chat it opens at $20."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_dollar_price_in_a_yuan_chat_opens_nothing_and_shows_the_form() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/lang en")
    said = chat.said(await chat.say("amy", "/new Mangoes $20 each"))
    assert said == (
        "The price “$20 each” has a $ sign, but prices here are in ¥ (CNY): nothing was opened. To open it "
        "in ¥, send /new Mangoes 20 each (or /new Mangoes ¥20 each); for US dollars add currency USD "
        "(Singapore dollars: currency SGD)."
    ), said
    assert not factory.state.group_buys


async def test_in_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    said = chat.said(await chat.say("amy", "接龙 芒果 价格 $20"))
    assert said.startswith("价格“$20”里有美元符号 $，但这里的价格用 ¥（CNY），没有开团。"), said
    assert "按 ¥ 开团请发：接龙 芒果 价格 20（或 接龙 芒果 价格 ¥20）" in said, said
    assert not factory.state.group_buys


async def test_the_form_shown_opens_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/new Mangoes 20 each")
    assert factory.state.group_buys[1].terms.title == "Mangoes"

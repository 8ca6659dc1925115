"""bench/ask.py's "don't know" set fell to 19/20: `问 下次什么时候团海鲜` (when is the next seafood group
buy?) was answered "no 海鲜 group buy here; open are …", which is no answer to when the next one
comes. A question about a group buy to come is the organiser's: it is offered to them (转给团长), as any
question Tuan cannot answer; a product asked about now that no group buy here sells is still said so."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_question_about_a_group_buy_to_come_goes_to_the_organiser() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰葡萄 价格 39", name="Amy")

    [later] = await chat.say("bob", "问 下次什么时候团海鲜")
    [english] = await chat.say("bob", "/ask will there be seafood again?")
    [now] = await chat.say("bob", "问 海鲜还有吗")

    assert later.text == (
        "这个我答不上来：团购里没有记着。要不要转给团长 Amy？点下面的按钮，团长的回答会私信给你。"
    )
    assert later.buttons  # 转给团长
    assert english.text is not None and english.text.startswith("I can't answer that") and english.buttons
    assert now.text is not None and now.text.startswith("本群没有「海鲜」的团购。")

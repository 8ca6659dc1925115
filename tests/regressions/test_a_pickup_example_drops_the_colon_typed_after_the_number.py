"""Session 42's replay: `/pickup #1: Gate 3, tomorrow 5pm` naming a group buy of another chat gave the
example `/pickup #3 : Gate 3, …`, the colon typed after the number kept after the one swapped in. The
example reads `/pickup #3 Gate 3, …` now, and sent as shown it sets the pickup."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, chat_in


async def _elsewhere_and_here(lang: str) -> Chat:
    """Amy's #1 in another chat, her #2 open here."""
    chat = await chat_in(lang)
    other = Chat(chat.app, chat_id="other")
    await other.say("amy", "/groupbuy Plums price 5" if lang == "en" else "接龙 李子 价格 5")
    await chat.say("amy", "/groupbuy Mangoes price 30" if lang == "en" else "接龙 芒果 价格 30")
    return chat


async def test_an_english_pickup_example_has_no_colon_after_the_number() -> None:
    chat = await _elsewhere_and_here("en")
    said = chat.said(await chat.say("amy", "/pickup #1: Gate 3, tomorrow 5pm"))
    assert said == (
        "There is no group buy #1 in this chat: nothing was changed."
        " Use the number on its card, e.g. /pickup #2 Gate 3, tomorrow 5pm"
    )
    example = said.rsplit("e.g. ", 1)[1]
    await chat.say("amy", example)
    assert "Gate 3" in await chat.card(2)


async def test_a_chinese_pickup_example_has_no_colon_after_the_number() -> None:
    chat = await _elsewhere_and_here("zh")
    said = chat.said(await chat.say("amy", "自提 #1：小区南门 明天下午5点"))
    assert said == "这个群里没有团购 #1，没有任何改动。请用卡片上的编号，例如：自提 #2 小区南门 明天下午5点"
    await chat.say("amy", said.rsplit("例如：", 1)[1])
    assert "小区南门" in await chat.card(2)

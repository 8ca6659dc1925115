"""Any member could type `/lang en` in a group and switch every card, answer and order of the chat's
running group buys to English. In a group with open group buys, only their organisers (or the chat's
admins) may change the language; before any group buy opens, anyone may set it up."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_buyer_cannot_switch_the_language_of_a_busy_chat() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30")

    refused = chat.said(await chat.say("bob", "/lang en"))
    refused_zh = chat.said(await chat.say("bob", "语言 英文"))
    card = await chat.card(1)

    assert refused == (
        "Group buys are running here: only their organisers (Amy) or the chat's admins may change"
        " its language. Nothing was changed."
    )
    assert refused_zh == "群里正在接龙，只有团长（Amy）或群管理员可以改本群的语言，没有改动。"
    assert card.startswith("🛒 芒果")
    assert "团长" in card


async def test_the_organiser_and_an_admin_can_and_anyone_before_a_group_buy() -> None:
    chat = fake_chat()
    chat.admins.add("eve")
    assert chat.said(await chat.say("bob", "/lang en")) == "OK, I'll speak English in this chat."
    assert chat.said(await chat.say("bob", "/lang zh")) == "好的，本群以后我说中文。"
    await chat.say("amy", "接龙 芒果 价格 30")

    assert chat.said(await chat.say("amy", "/lang en")) == "OK, I'll speak English in this chat."
    assert chat.said(await chat.say("eve", "/lang zh")) == "好的，本群以后我说中文。"

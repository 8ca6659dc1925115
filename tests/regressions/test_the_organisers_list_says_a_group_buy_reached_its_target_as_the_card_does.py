"""s28 review: the organiser's `/list` in English said a group buy that went ahead was "successful", a word
no card or close uses ("🎉 Target reached"; a failed one is "closed without reaching its target"). It now
says "closed, target reached" (in Chinese `已成团`, as the card and `/mine` say it)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_english_the_list_says_closed_target_reached() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ben", "/groupbuy Mangoes price 20 target 2 ends 3d", name="Ben")
    await chat.say("jo", "+2", name="Jo")
    await chat.say("ben", "/close", name="Ben")

    listed = Chat.said(await chat.say("ben", "/list", private=True, name="Ben"))

    assert listed.startswith("📋 Mangoes (#1), the organiser's list · closed, target reached · ¥20 each\n"), (
        listed
    )
    assert "successful" not in listed


async def test_in_chinese_the_list_says_yichengtuan() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("lijie", "接龙 芒果 价格 20 成团 2 截止 3d", name="Lijie")
    await chat.say("wang", "+2", name="Wang")
    await chat.say("lijie", "截单", name="Lijie")

    listed = Chat.said(await chat.say("lijie", "名单", private=True, name="Lijie"))

    assert listed.startswith("📋 芒果（#1）团长名单 · 已成团 · ¥20/份\n"), listed

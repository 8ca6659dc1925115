"""rep26 finding 11: `为你推荐` and `推荐` in a private chat were answered "我没看懂…" and in a group with
silence; only `猜你喜欢` and `/foryou` worked. Both now ask for For you as `猜你喜欢` does (the whole message,
or with 关/开); a message that only begins with 推荐 (`推荐这款芒果，超好吃`) stays talk, and a note that
says 推荐 stays a note. English is unchanged: `/foryou`."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

LISTED = "🎯 猜你喜欢（来自你所在的群）：\n· #1 荔枝：群里新开的团"
PRIVATE_ONLY = "猜你喜欢只在私聊里看：私聊我发“猜你喜欢”，我从你所在的群里挑适合你的团。"


async def test_wei_ni_tui_jian_and_tui_jian_list_for_you_privately() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20 成团 5")
    await room.say("cat", "在吗")
    expected = room.said(await room.say("cat", "猜你喜欢", private=True))
    assert expected.startswith(LISTED), expected
    for typed in ("为你推荐", "推荐", "推荐！"):
        assert room.said(await room.say("cat", typed, private=True)) == expected, typed
    # `/foryou` alone speaks her own language: Chinese, as she writes; English from an English app
    assert room.said(await room.say("cat", "/foryou", private=True)) == expected
    assert room.said(await room.say("cat", "/foryou", private=True, language="en")).startswith("🎯 For you")
    assert room.said(await room.say("cat", "为你推荐 关", private=True)).startswith("猜你喜欢已关闭")


async def test_in_a_group_they_say_for_you_is_private_and_talk_stays_talk() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 荔枝 价格 20 成团 5")
    assert room.said(await room.say("cat", "为你推荐")) == PRIVATE_ONLY
    assert room.said(await room.say("cat", "推荐")) == PRIVATE_ONLY
    assert await room.say("cat", "推荐这款芒果，超好吃") == []
    assert await room.say("cat", "推荐 这个荔枝真的甜") == []
    await room.say("bob", "种草 #1 推荐这款荔枝，超甜")
    assert (await room.app.render_card(-1)).text.startswith("笔记 #1 · Bob\n推荐这款荔枝，超甜")

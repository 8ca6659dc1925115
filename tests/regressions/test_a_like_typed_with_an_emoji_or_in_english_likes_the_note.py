"""Review 31: `赞1👍`, `👍 #2` and `like 4` did nothing at all (not a like, no answer), while `赞 1` works.
Each is now the like of that note: liked (with the 👍 toast), or told it was liked already; `赞 1` on
one's own note is told so (a message: a typed message has no toast on Telegram)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_likes_typed_as_people_type_them() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 草莓 价格 20 截止 2小时")
    await chat.say("cat", "种草 #1 又大又红")
    assert chat.said(await chat.say("cat", "赞 1")) == "不能给自己的笔记 #1 点赞，赞要别人给。"
    assert chat.toast(await chat.say("eve", "赞1👍")) == "已赞笔记 #1 👍"
    assert chat.toast(await chat.say("eve", "👍 #1")) == "你已经赞过笔记 #1 了。取消发“取消赞 1”。"
    assert chat.toast(await chat.say("bob", "👍 #1")) == "已赞笔记 #1 👍"
    assert chat.toast(await chat.say("ned", "like 1")) == "Liked note #1 👍"
    again = chat.toast(await chat.say("ned", "like #1!"))
    assert again == "You already liked note #1. To take it back: /unlike 1"
    assert "👍 3 · 💬 0" in chat.said(await chat.say("fay", "笔记 1"))  # Eve, Bob and Ned


async def test_talk_with_like_in_it_stays_talk() -> None:
    chat = fake_chat()
    await chat.say("cat", "种草 楼下新开的面包店不错")
    assert await chat.say("ned", "I'd like 2") == []
    assert await chat.say("ned", "like this one") == []

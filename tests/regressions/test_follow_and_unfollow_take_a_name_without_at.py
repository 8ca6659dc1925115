"""`取消关注 Amy` in a private chat got "我没看懂", `取消关注 Bob` and `关注 Bob` in a group got no answer,
while `/unfollow Amy` worked. The bare Chinese words now take a member's name without `@` as the slash
forms do (the name `/following` shows); a name that is nobody's is told so, with the form to use, and
talk after the word (`关注一下`, `关注 一下`) stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_follow_and_unfollow_take_a_name_without_at() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 海南贵妃芒 价格 88")
    await room.say("bob", "+1")
    await room.say("cat", "+1")
    assert room.said(await room.say("cat", "关注 Bob")).startswith("✅ 已关注 Bob。")
    assert room.said(await room.say("cat", "/follow Amy")).startswith("✅ You now follow Amy.")
    assert room.said(await room.say("cat", "取消关注 Bob")) == "已取消关注 Bob。"
    assert room.said(await room.say("cat", "取消关注 Amy", private=True)) == "已取消关注 Amy。"


async def test_a_name_nobody_has_is_told_with_the_form_to_use() -> None:
    room = fake_chat()
    await room.say("amy", "接龙 海南贵妃芒 价格 88")
    await room.say("cat", "+1")
    assert (
        room.said(await room.say("cat", "关注 Zed"))
        == "这个群里没有叫 Zed 的人，没有任何改动。例如：关注 @Amy"
    )
    assert room.said(await room.say("cat", "取消关注 Bob")) == (
        "你没有关注 Bob，没有任何改动。我的关注 列出你关注的人。"
    )
    for talk in ("关注一下", "关注 一下", "大家关注一下", "关注 Bob 谢谢", "关注 这个团购"):
        assert await room.say("cat", talk) == [], talk

"""A member of several groups got "Your note #1 was hidden by the chat's admins" or "The chat's admins
stopped you posting notes in the group" privately, without a word of which group. The private notice
of a hide, unhide, mute or unmute now names the group it happened in (where its name is known)."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_a_moderation_notice_names_its_group() -> None:
    chat = fake_chat()
    chat.title = "Neighbours"
    chat.admins = {"eve"}
    await chat.say("eve", "/help")
    await chat.say("bob", "/note So sweet, my third time")
    await chat.say("zhang", "种草 超甜，回购三次", language="zh")

    hidden = await chat.say("eve", "/hide 1 advertising")
    assert chat.private(hidden) == {
        "bob": "Your note #1 in Neighbours was hidden by the group's admins. Why: advertising."
    }
    shown = await chat.say("eve", "/unhide 1")
    assert chat.private(shown) == {"bob": "Your note #1 in Neighbours is shown again."}
    hidden = await chat.say("eve", "隐藏 2 广告")
    assert chat.private(hidden) == {"zhang": "你在「Neighbours」的笔记 #2 被群管理员隐藏了。原因：广告。"}

    muted = await chat.say("eve", "/mute @Bob: spam")
    assert chat.private(muted) == {
        "bob": "The admins of Neighbours stopped you posting notes in that group. Why: spam. "
        "Comments are stopped too; likes and joining are not affected."
    }
    muted = await chat.say("eve", "禁言 @Zhang")
    assert chat.private(muted)["zhang"].startswith("「Neighbours」的群管理员停止了你在该群发笔记。")
    unmuted = await chat.say("eve", "解除禁言 @Zhang")
    assert chat.private(unmuted) == {"zhang": "「Neighbours」的群管理员允许你重新在该群发笔记了。"}

"""Review 95 #2: 阿梅 had typed only `+1 大盒` (an option's name tells no language) in a Chinese group with
no `/lang`; her `-1` in private was answered in both languages, as for someone nothing tells of. Her
groups tell hers (their `/lang`, else as their cards speak): Chinese alone. Someone never seen in any
group still reads both."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

ZH = (
    "私聊里没有团购可退出：请在团购所在的群里发 -1；或者先在这里发分享码（例如 团12-K7QM，会显示卡片），"
    "再发 -1。没有任何改动。"
)


async def test_a_private_leave_speaks_her_groups_chinese() -> None:
    chat = fake_chat()
    chat.chat_id = "cn"
    chat.platform = "playground"
    await chat.say("xf", "接龙 荔枝 规格 大盒:30:9,小盒:20:9", name="小芳")
    await chat.say("mei", "+1 大盒", name="阿梅")

    hers = chat.said(await chat.say("mei", "-1", private=True, name="阿梅"))
    stranger = chat.said(await chat.say("eve", "-1", private=True))

    assert hers == ZH
    assert stranger.startswith(ZH + "\n\nThere is no group buy to leave in a private chat"), stranger

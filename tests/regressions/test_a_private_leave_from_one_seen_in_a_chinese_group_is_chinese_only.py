"""Review 95 #2: 阿梅 had typed only `+1 大盒` (an option's name tells no language) in a Chinese group with
no `/lang`; her `-1` in private was answered in both languages, as for someone nothing tells of. Her
groups tell hers (their `/lang`, else as their cards speak): Chinese alone. Someone never seen in any
group still reads both."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

# her line named with the leave to send there (rep102 #8: the wording updated); one holding nothing told so
ZH = (
    "私聊里没有团购可退出（没有打开过团购卡片）。你跟的团：\n"
    "「你的群」的 #1 荔枝 大盒 ×1：在群里发 -1 #1 大盒\n"
    "也可以先在这里发它的分享码（会显示卡片），再发 -1。没有任何改动。"
)
NONE_HELD = "你现在没有跟任何进行中的团购，没有可以退出的。没有任何改动。"


async def test_a_private_leave_speaks_her_groups_chinese() -> None:
    chat = fake_chat()
    chat.chat_id = "cn"
    chat.platform = "playground"
    await chat.say("xf", "接龙 荔枝 规格 大盒:30:9,小盒:20:9", name="小芳")
    await chat.say("mei", "+1 大盒", name="阿梅")

    hers = chat.said(await chat.say("mei", "-1", private=True, name="阿梅"))
    stranger = chat.said(await chat.say("eve", "-1", private=True))

    assert hers == ZH
    assert (
        stranger
        == NONE_HELD + "\n\nYou are on no open group buy, so there is nothing to leave. Nothing was changed."
    )

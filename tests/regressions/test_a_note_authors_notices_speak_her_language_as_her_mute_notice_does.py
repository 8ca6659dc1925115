"""Review 82 #5: Hal, who only ever wrote Chinese in a `/lang zh` group, posted
`/note 这个蜂蜜很好吃，加我微信 hal888 更便宜`; the note was stored as English (the handle's Latin letters
after the ASCII `/note`), and his private notices that it was held (⚠️ Unverified) and then hidden came in
English, while his mute notice in the same minute was Chinese. Now every private notice to a note's author
follows the rule the mute notice follows (`recipients.language_of`: her own setting, else the group's),
never the note's words."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

NOTE = "/note 这个蜂蜜很好吃，加我微信 hal888 更便宜"


async def _group(lang: str) -> Chat:
    chat = fake_chat()
    chat.chat_id, chat.title, chat.platform = "g_lin", "g_lin", "playground"
    chat.admins = {"lin", "boss"}
    await chat.say("lin", f"/lang {lang}")
    await chat.say("lin", "/groupbuy Honey price 40")
    await chat.say("hal", "+1")
    return chat


async def test_held_hidden_and_muted_all_reach_her_in_chinese() -> None:
    chat = await _group("zh")

    held = Chat.private(await chat.say("hal", NOTE))["hal"]
    hidden = Chat.private(await chat.say("boss", "/hide 1 广告"))["hal"]
    muted = Chat.private(await chat.say("boss", "/mute @Hal 发广告"))["hal"]
    shown = Chat.private(await chat.say("boss", "/unhide 1"))["hal"]

    assert held.startswith("你在「g_lin」的笔记 #1 已发出，但先标了 ⚠️ 未验证，要等群管理员看过。原因：")
    assert hidden == "你在「g_lin」的笔记 #1 被群管理员隐藏了。原因：广告。"
    assert muted.startswith("「g_lin」的群管理员停止了你在该群发笔记。原因：发广告。")
    assert shown.startswith("你在「g_lin」的笔记 #1") and "Your" not in shown


@pytest.mark.parametrize("own", ["en"])
async def test_her_own_setting_still_decides(own: str) -> None:
    chat = await _group("zh")
    await chat.say("hal", f"/lang {own}", private=True)

    held = Chat.private(await chat.say("hal", NOTE))["hal"]
    hidden = Chat.private(await chat.say("boss", "/hide 1 广告"))["hal"]

    assert held.startswith("Your note #1 in g_lin is posted, but marked ⚠️ Unverified")
    assert hidden == "Your note #1 in g_lin was hidden by the group's admins. Why: 广告."

"""Session 15 (fp report, findings 8 and 13): in an English group (its card in English, no `/lang`, the
bot's default Chinese), `+1 for me and +1 for my mum` was answered in Chinese (`一条消息请只报一个人…`), and
so was a share code of another group's group buy (`团5-BAEF 是苹果的分享码…`). Answers in a group follow its
language as `+1`'s do: the group buy's there; a Chinese group is answered in Chinese as before."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _rooms() -> tuple[Chat, Chat, str]:
    zh = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    zh.title = "zh2"
    en = Chat(zh.app, chat_id="en1", title="en1")
    await zh.say("amy", "接龙 苹果 价格 8")
    await en.say("amy", "/groupbuy Mangoes price 12")
    found = re.search(r"团\d+-\w{4}", zh.shared(await zh.say("bob", "分享 #1")))
    assert found is not None
    return zh, en, found.group(0)


async def test_two_joins_in_one_message_are_answered_in_the_groups_language() -> None:
    zh, en, _ = await _rooms()

    assert en.said(await en.say("ivy", "+1 for me and +1 for my mum")) == (
        "One person per message, please: send “+1 for me”, then “+1 for my mum” as a message of its own. "
        "Nothing was changed."
    )
    assert zh.said(await zh.say("ivy", "+1 +1 帮妈妈")).startswith("一条消息请只报一个人：")
    assert (await en.card(2)).endswith("\n\nNobody yet: be the first with +1")


async def test_another_groups_share_code_is_answered_in_the_groups_language() -> None:
    zh, en, code = await _rooms()
    other = Chat(zh.app, chat_id="zh3", title="zh3")
    await other.say("amy", "接龙 荔枝 价格 15")

    plain = code.removeprefix("团")  # English quotes it without 团
    told = f"{plain} is for 苹果, which runs in zh2. Send {plain} to me in a private chat to see it and join."
    assert en.said(await en.say("cat", f"+1 {code}")) == told
    assert en.said(await en.say("dan", code)) == told
    said = other.said(await other.say("cat", f"+1 {code}"))
    assert said.startswith(f"{code} 是苹果的分享码，这个团在「zh2」"), said

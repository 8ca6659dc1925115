"""A member's `举报 1 是广告！` (`/report 1 spam!`) was taken as `是广告` (`spam`): the parser's copy of a
message drops its end marks, and the report stored and showed that copy, so the reason she typed lost
its `！`/`!`/`。`. The reason is kept as she typed it, in her answer and in the admins' queue."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(lang: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"dan"}
    if lang == "zh":
        await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
        await chat.say("sam", "种草 #1 我家的芒果更好，想要的来找我")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("sam", "/note #1 mine are better, come to me for them")
    return chat


async def test_a_chinese_reason_keeps_its_end_mark() -> None:
    chat = await _chat("zh")

    reported = await chat.say("kim", "举报 1 是广告！")
    await chat.say("hu", "举报 1 拉私单。")

    assert Chat.private(reported) == {
        "kim": "已收到你对笔记 #1 的举报（是广告！），群管理员会看。谁举报的只有管理员知道。"
    }
    queue = Chat.private(await chat.say("dan", "待审笔记"))["dan"].splitlines()
    assert queue[1].endswith("2 人举报：Kim（是广告！）、Hu（拉私单。）"), queue


async def test_an_english_reason_keeps_its_end_mark() -> None:
    chat = await _chat("en")

    reported = await chat.say("kim", "/report 1 spam!")
    await chat.say("hu", "report 1 selling privately!")

    assert Chat.private(reported) == {
        "kim": "Thanks: your report of note #1 (spam!) went to the chat's admins, who will look. "
        "Only they see who reported it."
    }
    queue = Chat.private(await chat.say("dan", "/flags"))["dan"].splitlines()
    assert queue[1].endswith("reported by 2 members: Kim (spam!), Hu (selling privately!)"), queue

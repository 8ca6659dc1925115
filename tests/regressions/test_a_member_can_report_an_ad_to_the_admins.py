"""Review 36, finding 11: Kim's `举报 7 广告` and `举报 笔记7 是广告` were silent, and `/report 7` answered "I
don't know the command /report. Did you mean /export?": members had no way to flag an ad. A report now
puts the note in the admins' queue (`待审笔记`, the console's /moderation) with the reporter and reason,
the reporter is answered privately (the group never learns who), a member's repeated reports count once,
one's own note cannot be reported, and an admin's `取消隐藏` (keep) takes it out of the queue."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _chat(lang: str = "zh") -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    chat.admins = {"dan"}
    if lang == "zh":
        await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
        await chat.say("bob", "种草 #1 个头大，汁水多")
        await chat.say("sam", "种草 #1 我家的芒果更好，想要的来找我")
    else:
        await chat.say("amy", "/groupbuy Mangoes price 88")
        await chat.say("bob", "/note #1 big and juicy")
        await chat.say("sam", "/note #1 mine are better, come to me for them")
    return chat


async def test_a_report_reaches_the_admins_queue_and_the_reporter_privately() -> None:
    chat = await _chat()
    assert chat.said(await chat.say("dan", "待审笔记")) == "没有待审的笔记。"

    reported = await chat.say("kim", "举报 2 广告")

    assert reported == [r for r in reported if r.private_to == "kim"]  # nothing said in the group
    assert Chat.private(reported) == {
        "kim": "已收到你对笔记 #2 的举报（广告），群管理员会看。谁举报的只有管理员知道。"
    }
    again = await chat.say("kim", "举报 笔记2 是广告")
    assert Chat.private(again) == {"kim": "你已经举报过笔记 #2，群管理员会看；同一个人的举报只算一次。"}
    await chat.say("hu", "举报 2")
    queue = Chat.private(await chat.say("dan", "待审笔记"))["dan"].splitlines()
    assert queue[0] == "待审笔记（1 条，可疑度高的在前）："
    assert queue[1].startswith("#2 Sam：“我家的芒果更好")
    assert queue[1].endswith("2 人举报：Kim（广告）、Hu")
    assert (
        chat.said(await chat.say("sam", "举报 2 广告")) == "不能举报自己的笔记 #2；要撤回就发“删除笔记 2”。"
    )

    kept = await chat.say("dan", "取消隐藏 2")

    assert "#2" in Chat.private(kept)["dan"]  # rep87 #5: said to the admin only
    assert chat.said(await chat.say("dan", "待审笔记")) == "没有待审的笔记。"


async def test_an_admin_hides_a_reported_note_from_the_queue() -> None:
    chat = await _chat()
    await chat.say("kim", "举报 2 广告")

    assert chat.said(await chat.say("dan", "隐藏 2 发广告")) == "群管理员隐藏了笔记 #2。"
    assert chat.said(await chat.say("dan", "待审笔记")) == "没有待审的笔记。"


async def test_in_english_too() -> None:
    chat = await _chat("en")

    reported = await chat.say("kim", "/report 2 spam")

    assert Chat.private(reported) == {
        "kim": "Thanks: your report of note #2 (spam) went to the chat's admins, who will look. "
        "Only they see who reported it."
    }
    queue = Chat.private(await chat.say("dan", "/flags"))["dan"].splitlines()
    assert queue[1].endswith("reported by 1 member: Kim (spam)")
    assert chat.said(await chat.say("kim", "/report")).startswith("Write: /report 7 spam")

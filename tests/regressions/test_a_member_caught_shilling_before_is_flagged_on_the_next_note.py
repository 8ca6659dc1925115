"""Review 26, finding 4: after `隐藏 3 卖家冒充买家` hid Wes's note (买过好几次了…加我微信 wes888 全网最低价),
Wes posted `种草 新到一批芒果，超甜，私聊我 13800138000`: a plain card, no ⚠️, and `待审笔记` said none
waited. A note of theirs hidden by the admins is now a signal (`shill.Reason.HIDDEN`): with any one
other (here the contact) the new note is flagged and queued, the reason saying so. A hidden note alone
flags nothing else of theirs."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def card(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text


async def test_a_shill_caught_before_posting_a_contact_is_flagged_and_queued() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"eve"}
    await chat.say("amy", "接龙 海南贵妃芒 价格 88")
    await chat.say("wes", "种草 #1 买过好几次了，绝对是最甜的芒果！加我微信 wes888 全网最低价")
    await chat.say("wes", "种草 #1 好吃")  # an honest-looking one: the hide alone flags nothing
    await chat.say("eve", "隐藏 1 卖家冒充买家")
    await chat.say("wes", "种草 新到一批芒果，超甜，私聊我 13800138000")

    assert "未验证" not in (await card(chat, 2)).splitlines()[0]
    assert (await card(chat, 3)).startswith("笔记 #3 · Wes ⚠️ 未验证\n")
    queue = chat.private(await chat.say("eve", "待审笔记"))["eve"].splitlines()
    assert queue[0] == "待审笔记（1 条，可疑度高的在前）："
    assert queue[1].startswith("#3 Wes：“新到一批芒果，超甜，私聊我 13800138000”")
    assert queue[1].endswith(
        "——留联系方式拉人私下交易（微信、手机号、“私聊我”）、管理员隐藏过 TA 在本群的另一条笔记"
    )


async def test_in_english_the_queue_says_another_of_their_notes_was_hidden() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"eve"}
    await chat.say("amy", "/groupbuy Mangoes price 88")
    await chat.say("wes", "/note #1 Bought these many times! Add me on WeChat wes888, lowest price anywhere")
    await chat.say("eve", "/hide 1 a seller posing as a buyer")
    await chat.say("wes", "/note New mangoes in, so sweet, DM me")

    assert (await card(chat, 2)).startswith("Note #2 · Wes ⚠️ Unverified\n")
    queue = chat.private(await chat.say("eve", "/flags"))["eve"].splitlines()
    assert queue[1].startswith("#2 Wes: “New mangoes in, so sweet, DM me”")
    assert queue[1].endswith(
        ': offers a contact to buy through elsewhere (a handle, a number, "DM me"), '
        "an admin hid another note of theirs here"
    )


async def test_a_note_shown_again_no_longer_counts_against_its_author() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"eve"}
    await chat.say("amy", "接龙 海南贵妃芒 价格 88")
    await chat.say("wes", "种草 #1 好吃，推荐")
    await chat.say("wes", "种草 #1 想要的私聊我")
    await chat.say("eve", "隐藏 1")
    assert (await card(chat, 2)).startswith("笔记 #2 · Wes ⚠️ 未验证\n")

    await chat.say("eve", "取消隐藏 1")

    assert "未验证" not in (await card(chat, 2)).splitlines()[0]
    assert Chat.said(await chat.say("eve", "待审笔记")) == "没有待审的笔记。"

"""Session 26, task T1: Ann, who bought the lychees, posted an ad (`whatsapp +65 9123 4567 DM me`); it
was flagged ⚠️ Unverified and an admin kept it (`/unhide`: up, out of the queue, never ✅). Its likes
then counted again and, as her note still counted as a verified purchase, three likes made her
"Note #1 · Ann · Insider". A kept ad stays visible, but its likes and comments count toward nobody's
level, while the same likes on a buyer's honest note still make its author an Insider."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def test_a_kept_ads_likes_make_nobody_an_insider() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"amy"}
    await chat.say("amy", "/groupbuy Lychees price 12")
    for buyer in ("ann", "bob"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid @Ann @Bob")
    await chat.say("ann", "/note #1 whatsapp +65 9123 4567 DM me for cheaper lychees")
    await chat.say("bob", "/note #1 sweet and juicy lychees")
    for member in ("cat", "eve", "hal"):
        await chat.say(member, "/like 1")
        await chat.say(member, "/like 2")
        await chat.say(member, "/comment 1 nice")
    await chat.say("amy", "/unhide 1")  # kept: up, out of the queue

    await chat.say("kim", "/like 1")  # a like recomputes the chat's trust

    assert await head(chat, 1) == "Note #1 · Ann"
    assert await head(chat, 2) == "Note #2 · Bob · Insider ✅ Verified purchase"
    shown = chat.said(await chat.say("zoe", "/note 1"))
    assert "Insider" not in shown and "✅" not in shown


async def test_in_chinese_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"amy"}
    await chat.say("amy", "接龙 荔枝 价格 12")
    for buyer in ("ann", "bob"):
        await chat.say(buyer, "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "已收 @Ann @Bob")
    await chat.say("ann", "种草 #1 荔枝更便宜 加我微信 ann888 私聊我")
    await chat.say("bob", "种草 #1 荔枝很甜，汁多")
    for member in ("cat", "eve", "hal"):
        await chat.say(member, "赞 1")
        await chat.say(member, "赞 2")
        await chat.say(member, "评论 1 不错")
    await chat.say("amy", "取消隐藏 1")

    await chat.say("kim", "赞 1")

    assert await head(chat, 1) == "笔记 #1 · Ann"
    assert await head(chat, 2) == "笔记 #2 · Bob · 达人 ✅ 已购买"
    shown = chat.said(await chat.say("zoe", "笔记 1"))
    assert "达人" not in shown and "✅" not in shown

"""Review 34, finding 1: Ann (who bought #5) posted `/note #5 whatsapp +65 9123 4567 DM me for cheaper
lychees`; it was flagged ⚠️ Unverified, an admin kept it (保留 / `/unhide`), and its card turned to
"Note #1 · Ann ✅ Verified purchase" and Monday's weekly pushed it to everyone as the week's best note.
Keeping a note means "not hidden, out of the review queue", not "trusted": a note flagged for leaving a
contact to buy through (an ad) shows no ✅ and stays out of /top, the digest and the weekly 精选 even
when kept, while the buyer's honest note keeps its ✅ and its place."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.regressions.test_the_weekly_message_lists_no_question_note import weekly_of
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def test_a_kept_ad_is_no_verified_purchase_nor_the_weeks_best() -> None:
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
    assert await head(chat, 1) == "Note #1 · Ann ⚠️ Unverified"

    kept = await chat.say("amy", "/unhide 1")

    assert "has left the review queue" in chat.private(kept)["amy"]  # rep87 #5: privately
    assert (await head(chat, 1)).startswith("Note #1 · Ann")
    assert "✅" not in await head(chat, 1) and "⚠️" not in await head(chat, 1)
    assert await head(chat, 2) == "Note #2 · Bob ✅ Verified purchase"
    top = chat.said(await chat.say("cat", "/top"))
    assert "#2 Bob" in top and "whatsapp" not in top
    digest = chat.said(await chat.say("cat", "/digest"))
    assert "#2 Bob ✅ Verified purchase" in digest and "whatsapp" not in digest
    found = chat.said(await chat.say("cat", "/search lychees"))
    assert "#1 Ann: whatsapp" in found  # kept: findable, never ✅
    sent = Chat.private(await weekly_of(chat)())
    assert "sweet and juicy lychees" in sent["cat"]
    assert all("whatsapp" not in text for text in sent.values())


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
    assert await head(chat, 1) == "笔记 #1 · Ann ⚠️ 未验证"

    kept = await chat.say("amy", "取消隐藏 1")

    assert chat.private(kept)["amy"] == "笔记 #1 没有被隐藏：已移出待审队列，不再标为未验证。群里没有公布。"
    assert (await head(chat, 1)).startswith("笔记 #1 · Ann")
    assert "✅" not in await head(chat, 1) and "⚠️" not in await head(chat, 1)
    assert await head(chat, 2) == "笔记 #2 · Bob ✅ 已购买"
    top = chat.said(await chat.say("cat", "热门笔记"))
    assert "#2 Bob" in top and "ann888" not in top
    sent = Chat.private(await weekly_of(chat)())
    assert "荔枝很甜，汁多" in sent["cat"]
    assert all("ann888" not in text for text in sent.values())

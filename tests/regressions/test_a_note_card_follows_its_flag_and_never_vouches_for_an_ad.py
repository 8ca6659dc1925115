"""Review 36, finding 8: Sam's #13 was flagged by the admins' `隐藏 7` (another of his notes hidden), was
in the 待审 queue, yet its card kept "笔记 #13 · Sam · 达人" with no ⚠️ until someone posted another note;
and his kept ad #8 (`私聊我 13800138000`, `取消隐藏 8`) read "笔记 #8 · Sam · 达人", a trusted-looking card
for an ad. A hide or an unhide now refreshes the cards of the other notes whose flag it changed, and a
flagged note's or an ad's card shows no level beside the name (the author's honest notes keep it)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def head(chat: Chat, note_id: int) -> str:
    return (await chat.app.render_card(-note_id)).text.splitlines()[0]


async def test_a_hide_puts_the_warning_on_the_authors_other_note_at_once() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"dan"}
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88")
    await chat.say("sam", "种草 #1 贵妃芒超甜，强烈推荐")
    await chat.say("sam", "种草 #1 买过好几次了，个头很大")
    assert await head(chat, 2) == "笔记 #2 · Sam"

    hidden = await chat.say("dan", "隐藏 1 假装买过")

    assert (-2, False) in chat.cards(hidden)  # its card edited (not posted again) with the hide
    assert await head(chat, 2) == "笔记 #2 · Sam ⚠️ 未验证"
    kept = await chat.say("dan", "取消隐藏 1")
    assert (-2, False) in chat.cards(kept)
    assert await head(chat, 2) == "笔记 #2 · Sam"


async def _insider(chat: Chat, start: str, close: str, paid: str, note: str, like: str) -> None:
    await chat.say("amy", start)
    await chat.say("sam", "+1")
    await chat.say("amy", close)
    await chat.say("amy", paid)
    await chat.say("sam", note)
    for member in ("cat", "hu", "kim"):
        await chat.say(member, like)


async def test_a_flagged_or_kept_ad_shows_no_level() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"dan"}
    await _insider(chat, "接龙 荔枝 价格 12", "截单", "已收 @Sam", "种草 #1 荔枝很甜，汁多", "赞 1")
    assert await head(chat, 1) == "笔记 #1 · Sam · 达人 ✅ 已购买"

    await chat.say("sam", "种草 #1 荔枝更便宜，私聊我 13800138000")
    assert await head(chat, 2) == "笔记 #2 · Sam ⚠️ 未验证"
    await chat.say("dan", "取消隐藏 2")

    assert await head(chat, 2) == "笔记 #2 · Sam"


async def test_in_english_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    chat.admins = {"dan"}
    start, close, paid = "/groupbuy Lychees price 12", "/close", "/paid @Sam"
    await _insider(chat, start, close, paid, "/note #1 sweet, juicy", "/like 1")
    assert await head(chat, 1) == "Note #1 · Sam · Insider ✅ Verified purchase"

    await chat.say("sam", "/note #1 cheaper from me, whatsapp +65 9123 4567")
    assert await head(chat, 2) == "Note #2 · Sam ⚠️ Unverified"
    await chat.say("dan", "/unhide 2")

    assert await head(chat, 2) == "Note #2 · Sam"

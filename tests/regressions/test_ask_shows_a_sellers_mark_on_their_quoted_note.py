"""Review round 26 (finding 3): the organiser Amy's own note, whose card reads "笔记 #2 · Amy 🏷 团长", was
quoted by Ask as "群里的朋友说过：… 笔记 #2 Amy：「超级甜！！…」", a friend's word, without the mark. A note
quoted in an answer now shows the author's seller mark as its card does: 🏷 团长 / Organiser for the
organiser, 🏷 带货 / Brings buyers for a sharer whose note brought a buyer (帮卖 likewise)."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

BOB = "芒果很甜，回购三次"
AMY = "超级甜！！我家人都说好吃，强烈推荐"


async def test_a_quoted_note_shows_its_authors_seller_mark_as_its_card() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", f"种草 #1 {BOB}")
    await chat.say("amy", f"种草 #1 {AMY}")
    await chat.tap("dan", "nt:join:1")  # Dan joins through Bob's note: Bob brought him
    await chat.say("amy", "截单")

    chinese = chat.said(await chat.say("cat", "问 #1 甜吗"))
    english = chat.said(await chat.say("cat", "/ask #1 are they sweet?"))

    assert f"笔记 #1 Bob 🏷 带货：「{BOB}」" in chinese, chinese
    assert f"笔记 #2 Amy 🏷 团长：「{AMY}」" in chinese, chinese
    assert f"Note #1 Bob 🏷 Brings buyers: “{BOB}”" in english, english
    assert f"Note #2 Amy 🏷 Organiser: “{AMY}”" in english, english
    assert "Amy：「" not in chinese and "Amy: “" not in english  # never as a friend's word alone


async def test_a_friend_who_sells_nothing_is_quoted_without_a_mark() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", f"种草 #1 {BOB}")

    chinese = chat.said(await chat.say("cat", "问 #1 甜吗"))
    english = chat.said(await chat.say("cat", "/ask #1 are they sweet?"))

    assert chinese.startswith(f"群里的朋友说过：\n笔记 #1 Bob：「{BOB}」\n"), chinese
    assert english.startswith(f"What friends said:\nNote #1 Bob: “{BOB}”\n"), english

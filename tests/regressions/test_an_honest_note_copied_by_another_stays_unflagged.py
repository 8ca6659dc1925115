"""Bob (bought, picked up) posted note #1 (✅ 已购买); Kim then posted almost the same text, and Bob's
note was the one marked a copy: his card switched to ⚠️ 未验证 and the flag queue listed #1 Bob ("和别人
…几乎一样"). Of two near-identical notes only the later is a copy; the original is not flagged for it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from commerce.domain import shill
from commerce.domain.near_duplicates import signature
from commerce.domain.shill import Community, NoteFacts, Reason
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

SAID = "绝了！！！闭眼入 yyds 🔥 芒果收到了，个头很大，非常甜，汁水多，包装也很用心，下次还买"


async def test_an_honest_note_copied_by_another_keeps_its_mark_and_stays_off_the_queue() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    chat.admins = {"eve"}
    for user, text in [
        ("amy", "接龙 芒果 价格 30"),
        ("bob", "+1"),
        ("amy", "截单"),
        ("amy", "已收 1-1"),
        ("amy", "已取 1-1"),
        ("bob", f"种草 #1 {SAID}"),
        ("kim", f"种草 #1 {SAID}！"),
    ]:
        await chat.say(user, text)

    assert (await chat.app.render_card(-1)).text.startswith("笔记 #1 · Bob ✅ 已购买\n")
    assert (await chat.app.render_card(-2)).text.startswith("笔记 #2 · Kim ⚠️ 未验证\n")
    queue = chat.private(await chat.say("eve", "待审笔记"))["eve"].splitlines()
    assert queue[0] == "待审笔记（1 条，可疑度高的在前）："
    assert queue[1].startswith("#2 Kim：") and queue[1].endswith("和别人或别的群的笔记几乎一样")


def test_only_the_later_of_two_near_identical_notes_is_a_copy() -> None:
    at = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
    bob = NoteFacts(1, "family", "bob", SAID, signature(SAID), at)
    kim = NoteFacts(2, "family", "kim", SAID + "！", signature(SAID + "！"), at + timedelta(minutes=3))
    scores = shill.score(Community([bob, kim], verified=frozenset({1})))
    assert Reason.COPY not in scores[1].reasons and Reason.COPY in scores[2].reasons
    moved = shill.score(Community([bob], elsewhere=[kim]))  # the copy in another chat: still not Bob
    assert Reason.COPY not in moved[1].reasons

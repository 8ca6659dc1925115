"""Review 71 #4: Amei, who types both languages on the playground (no app language told), read her private
notices of her Chinese group buy in Chinese; after ONE English line in private (`my orders`) every later
notice came in English (`💸 Cat says they paid…`), her close summaries too. An organiser's notices about
her group buy keep one language: her private `/lang`, else her app's where the platform tells one, else
that group buy's group's (its `/lang`, else its card's), never just the words she typed last (round 31).
Ken, whose app is English, still reads his group buy of a `/lang zh` room in English."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _hers(replies: list[Reply], who: str = "amy") -> list[str]:
    return [r.text for r in replies if r.private_to == who and r.text]


async def test_one_english_line_in_private_keeps_a_chinese_groups_notices_chinese() -> None:
    qun = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="playground")
    qun.chat_id, qun.platform = "qun", "playground"
    grp = Chat(qun.app, chat_id="grp", platform="playground")
    await qun.say("amy", "接龙 芒果 价格 88")
    await qun.say("wang", "+1")
    await qun.say("lin", "+1")
    await grp.say("amy", "/groupbuy Cookies price 20")
    await grp.say("cat", "+1 #2")
    await qun.say("amy", "截单 #1")
    await grp.say("amy", "/close #2")
    [first] = _hers(await qun.say("wang", "我已付款 1-1"))
    assert first.startswith("💸 Wang 说已付款：订单 #1-1（芒果，#1）"), first

    await qun.say("amy", "my orders", private=True)  # one English line in private
    [later] = _hers(await qun.say("lin", "我已付款 1-2"))
    assert later.startswith("💸 Lin 说已付款：订单 #1-2（芒果，#1）"), later
    [english] = _hers(await grp.say("cat", "paid 2-1"))  # the English group's buy: its own language
    assert english.startswith("💸 Cat says they paid order #2-1 (Cookies, #2)"), english


async def test_her_close_summary_speaks_the_groups_language_after_english_in_private() -> None:
    qun = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock(), outbox_platform="playground")
    qun.platform = "playground"
    await qun.say("amy", "接龙 芒果 价格 88")
    await qun.say("wang", "+1")
    await qun.say("amy", "my orders", private=True)
    [summary] = _hers(await qun.say("amy", "/close"))  # a slash word alone: no language of hers
    assert summary.startswith("已截单：芒果（#1）成团了"), summary


async def test_ken_whose_app_is_english_reads_english_in_a_chinese_room() -> None:
    room = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    room.platform = "telegram"
    await room.say("amy", "/lang zh")
    await room.say("ken", "/groupbuy Soap price 5", language="en")
    await room.say("bob", "+1")
    closed = await room.say("ken", "/close", language="en")
    assert room.said(closed).startswith("✅ Soap（#1）成团了"), room.said(closed)
    [summary] = _hers(closed, "ken")
    assert summary.startswith("Closed: Soap (#1) succeeded"), summary
    [asked] = _hers(await room.say("bob", "我已付款 1-1"), "ken")
    assert asked.startswith("💸 Bob says they paid order #1-1 (Soap, #1)"), asked

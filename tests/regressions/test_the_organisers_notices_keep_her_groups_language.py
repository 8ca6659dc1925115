"""Round 31 (finding 12): Amy runs a Chinese group (jia) and a `/lang en` one (nb). After one English
command in nb, the jia group buy's close reached her as "Closed: 草莓 (#1) succeeded…" and Lin's 说已付款 as
"💸 Lin says they paid order #1-1…"; after a Chinese command in jia, nb's close came in Chinese. A notice
to the organiser about her group buy speaks her own setting (`/lang` in her private chat), else the
language of that group buy's group, whatever she typed last elsewhere.

Session 33 (review 68 #4) let her app language decide where the platform tells one (Ken); review 71 #4
kept the rest of this rule: where it tells none (WeChat, the playground), never the words she typed last."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _hers(replies: list[Reply]) -> list[str]:
    return [r.text for r in replies if r.private_to == "amy" and r.text]


async def test_the_organisers_notices_keep_her_groups_language() -> None:
    clock = FakeClock()
    jia = fake_chat(FakeUnitOfWorkFactory(), clock=clock, outbox_platform="playground")  # the deadline's too
    jia.chat_id, jia.platform = "jia", "playground"  # no app language told
    nb = Chat(jia.app, chat_id="nb", platform="playground")
    await jia.say("amy", "接龙 草莓 价格 30 截止 2小时")
    await jia.say("lin", "+1")
    await nb.say("amy", "/lang en")
    await nb.say("amy", "/groupbuy Durian price 68 ends 3h")
    await nb.say("ned", "+1")
    await nb.say("amy", "/edit #2 price 60")  # her last words: English

    clock.advance(hours=2, minutes=30)
    [summary] = _hers(await jia.app.expire(1))
    assert summary.startswith("已截单：草莓（#1）成团了"), summary
    [asked] = _hers(await jia.say("lin", "我已付款 1-1"))
    assert asked.startswith("💸 Lin 说已付款：订单 #1-1（草莓，#1）"), asked

    await jia.say("amy", "名单")  # her last words: Chinese
    clock.advance(hours=1)
    [summary] = _hers(await nb.app.expire(2))
    assert summary.startswith("Closed: Durian (#2) succeeded"), summary
    [asked] = _hers(await nb.say("ned", "paid 2-1"))
    assert asked.startswith("💸 Ned says they paid order #2-1 (Durian, #2)"), asked


async def test_her_private_lang_decides_every_notice() -> None:
    clock = FakeClock()
    jia = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    await jia.say("amy", "/lang en", private=True)
    await jia.say("amy", "接龙 草莓 价格 30 成团 5 截止 2小时")
    await jia.say("lin", "+1")
    clock.advance(hours=3)
    [failed] = _hers(await jia.app.expire(1))
    assert failed.startswith("⏰ 草莓 (#1) reached its deadline below its target (1/5)"), failed


async def test_her_close_in_the_group_is_summed_up_in_her_private_lang() -> None:
    jia = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await jia.say("amy", "/lang en", private=True)
    await jia.say("amy", "接龙 草莓 价格 30")
    await jia.say("lin", "+1")
    replies = await jia.say("amy", "截单")
    assert jia.said(replies).startswith("✅ 草莓（#1）"), jia.said(replies)  # the group reads its own
    [summary] = _hers(replies)
    assert summary.startswith("Closed: 草莓 (#1) succeeded"), summary

"""rep63 finding 7: Amy's `已收 1-3` in her group, of an order made in a help-selling group, read there
`✅ 订单 #1-3 已付款，详情已私信发给你。`: the group could not tell who "你" was. The line names her, as
the group's other answers to her do (`收到，Bob：…`): `Amy，订单 #1-3 已付款，详情已私信发给你。`."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {
    "zh": ("接龙 芒果 价格 156", "帮卖 开 10%", "帮卖 #1", "截单"),
    "en": ("/groupbuy Mangoes price 156", "/helpsell on 10%", "/helpsell #1", "/close"),
}


async def bob_in_g1_and_eve_in_g2(
    lang: str, opening: str, helpsell: str, listing: str, close: str, *, clock: FakeClock | None = None
) -> Chat:
    """Amy's `opening` in g1, help-selling on (`helpsell`), Sue's `listing` in g2 (二号群); Bob's `+1` in
    g1 (#1-1), Eve's in g2 (#1-2); Amy's `close`. All in `lang`; g1 returned."""
    g1 = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language=lang)
    g2 = Chat(g1.app, chat_id="g2", title="二号群")
    await g1.say("amy", opening, language=lang)
    await g1.say("amy", helpsell, language=lang)
    await g2.say("sue", listing, language=lang)
    await g1.say("bob", "+1", language=lang)
    await g2.say("eve", "+1", language=lang)
    await g1.say("amy", close, language=lang)
    return g1


async def test_the_group_reads_whom_the_details_went_to() -> None:
    g1 = await bob_in_g1_and_eve_in_g2("zh", *OPEN["zh"])
    replies = await g1.say("amy", "已收 1-2")
    assert g1.said(replies) == "Amy，订单 #1-2 已付款，详情已私信发给你。", replies
    assert "amy" in g1.private(replies)


async def test_a_pickup_names_her_too() -> None:
    g1 = await bob_in_g1_and_eve_in_g2("zh", *OPEN["zh"])
    await g1.say("amy", "已收 1-2")
    replies = await g1.say("amy", "已提货 1-2")
    assert g1.said(replies) == "Amy，订单 #1-2 已提货，详情已私信发给你。", replies


async def test_in_english_too() -> None:
    g1 = await bob_in_g1_and_eve_in_g2("en", *OPEN["en"])
    replies = await g1.say("amy", "/paid 1-2", language="en")
    assert g1.said(replies) == "Amy, order #1-2 is paid; the details were sent to you privately.", replies
    replies = await g1.say("amy", "/pickedup 1-2", language="en")
    picked = "Amy, order #1-2 is picked up; the details were sent to you privately."
    assert g1.said(replies) == picked, replies

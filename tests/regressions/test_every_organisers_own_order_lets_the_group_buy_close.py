"""An organiser's own order is recorded paid at the close with a payment reference, and references are
unique in storage; every own order had the same one (`own`), so only the first ever was recorded: every
later group buy an organiser had joined herself answered 截单 with "busy, try again" for ever and stayed
open past its deadline (help-sold or not, joined in her group or another). Each own order's reference
now names the order: every such close goes through, her order paid, the buyers' and help-sellers' not."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

PAID_BY_HERSELF = "这是你自己开的团：订单已记为已付款，不用付给自己。"


def texts(replies: list[Reply]) -> dict[str | None, list[str]]:
    """What each chat (by id) and each member (privately) was told."""
    told: dict[str | None, list[str]] = {}
    for reply in replies:
        if reply.text and not reply.is_card:
            told.setdefault(reply.private_to or reply.chat_id, []).append(reply.text)
    return told


async def test_a_second_own_order_closes_by_hand_and_at_the_deadline() -> None:
    clock = FakeClock()
    family = fake_chat(FakeUnitOfWorkFactory(), clock=clock)
    neighbours = Chat(family.app, chat_id="neighbours", title="邻居群")
    office = Chat(family.app, chat_id="office", title="公司群")
    await family.say("amy", "接龙 荔枝 价格 10 库存 10 截止 2小时")
    await family.say("amy", "+1")
    assert PAID_BY_HERSELF in family.private(await family.say("amy", "截单"))["amy"]  # the first own order

    await family.say("amy", "接龙 桑葚 价格 12 库存 10 截止 明天20:00")
    await family.say("amy", "帮卖 #2 开 5%")
    await neighbours.say("bob", "帮卖 #2")
    await neighbours.say("eve", "+2")
    await family.say("amy", "+1 #2")
    closed = texts(await family.say("amy", "截单 #2"))
    assert closed["family"][0].startswith("✅ 桑葚（#2）成团了：¥12/份，共 1 个订单、1 份。")  # its own
    assert closed["neighbours"][0].startswith("✅ 桑葚（#2）成团了：¥12/份，共 1 个订单、2 份。")
    own = "你在 桑葚（#2）的订单 #2-2：\n桑葚：1 × ¥12 = ¥12\n合计：¥12\n" + PAID_BY_HERSELF
    assert own in closed["amy"]  # beside her summary (what she collects: the others', not her own)
    assert "应收 ¥24" in closed["amy"][0]
    assert "请付款给团长 Amy（现金或转账）" in closed["eve"][0]

    await family.say("amy", "接龙 杨梅 价格 20 库存 10 截止 2小时")
    await family.say("amy", "帮卖 #3 开 5%")
    await neighbours.say("bob", "帮卖 #3")
    await neighbours.say("eve", "+1 #3")
    await office.say("amy", "帮卖 #3")
    await office.say("amy", "+2 #3")  # joined from another group of hers
    clock.advance(hours=3)
    expired = texts(await family.app.expire(3))
    assert expired["family"][0] == "杨梅（#3）已截单，本群没有人跟团。"  # its own: nobody there
    assert expired["office"][0].startswith("✅ 杨梅（#3）成团了：¥20/份，共 1 个订单、2 份。")
    assert PAID_BY_HERSELF in expired["amy"][0]

    assert family.said(await family.say("amy", "我的订单", private=True)) == (
        "你的订单：\n"
        "#3-2 杨梅（公司群 · Amy 的团 #3）：2 × ¥20 = ¥40 · 已付款\n"
        "#2-2 桑葚（Amy 的团 #2）：1 × ¥12 = ¥12 · 已付款\n"
        "#1-1 荔枝（Amy 的团 #1）：1 × ¥10 = ¥10 · 已付款"
    )

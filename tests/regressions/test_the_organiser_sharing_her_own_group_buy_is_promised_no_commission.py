"""`/share` told the organiser she earned 10% on her own group buy, but the commission rules pay an
organiser nothing on her own group buy (commerce.domain.commission). Her `/share` and `分享笔记` now say
that her buyers earn her no commission and what members who share it earn; a member still hears the rate."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

NOT_HERS = (
    "It is your own group buy: the buyers you bring earn you no commission; members who share it earn 10%"
    " on what the buyers they bring pay (/help share)."
)


async def test_the_organiser_sharing_her_own_group_buy_is_promised_no_commission() -> None:
    room = fake_chat()
    await room.say("amy", "/groupbuy Mangoes price 88")
    await room.say("amy", "/commission 10%")
    hers = room.shared(await room.say("amy", "/share"))
    assert hers.endswith(NOT_HERS) and "Share and earn" not in hers
    await room.say("amy", "/note #1 So sweet")
    assert room.shared(await room.say("amy", "/share note 1")).endswith(NOT_HERS)
    chinese = room.shared(await room.say("amy", "分享"))
    assert chinese.endswith(
        "这是你自己开的团：你带来的买家不给你计佣金；"
        "其他成员分享可赚 10%，按他们带来的买家付款计（发“分享帮助”看规则）。"
    )
    bobs = room.shared(await room.say("bob", "/share"))
    assert bobs.endswith("Share and earn 10% on what the buyers you bring pay (/help share).")

"""Session 11: the organiser could not make a help-seller (Bob ran `帮卖 #1` in his own group) a pickup
helper: `设置帮手 #1 @Bob` in her group answered "本群里没有叫 Bob 的成员…帮手需要先在群里说过话" (Bob
never writes in her group: he sells in his), and a helper named any other way was refused in his own
group with "只有团长或团长设置的帮手可以在这里核销取货码" though he was one. Names are looked up in the
group buy's 帮卖 groups too (after her own group's members), the answer says where the helper takes
codes, and a helper takes, in a group help-selling it, the codes of the orders made there."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_help_seller_can_be_her_groups_pickup_helper() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    for chat, user, text in [
        (family, "amy", "接龙 面包 价格 10"),
        (family, "amy", "帮卖 开 10%"),
        (family, "cat", "+1"),
        (street, "bob", "帮卖 #1"),
        (street, "ivy", "+1"),
        (family, "amy", "截单"),
    ]:
        await chat.say(user, text)

    added = family.said(await family.say("amy", "设置帮手 @Bob"))

    assert added == (
        "Bob 现在可以核销 #1 面包 的取货码了："
        "在团购的群里、在卖它的其他群里（那个群的订单）或私聊我发“核销 取货码”。\n已私信告诉对方。"
    )
    assert factory.state.helpers == [(1, "test:bob")]
    await family.say("amy", "已收 1-1 1-2")
    codes = {o.buyer_id: o.pickup_code for o in factory.state.orders.values()}
    handed = street.said(await street.say("bob", f"核销 {codes['ivy']}"))
    assert handed == (
        f"✅ 取货码 {codes['ivy']}：Ivy 的订单 #1-2，共 1 份：\n• 面包 × 1\n请按此交货，订单已标记为已提货。"
    )
    not_here = street.said(await street.say("bob", f"核销 {codes['cat']}"))  # Cat's order is the family's
    assert not_here == f"你在这里能核销的订单中没有取货码 {codes['cat']}，请核对后再试，没有任何改动。"


async def test_a_name_nobody_in_either_group_has_says_where_a_helper_must_have_written() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    await family.say("amy", "接龙 面包 价格 10")
    await family.say("amy", "帮卖 开 10%")
    await street.say("bob", "帮卖 #1")

    said = family.said(await family.say("amy", "设置帮手 #1 @Eve"))

    assert said == (
        "本群里没有叫 Eve 的成员，没有任何改动。"
        "帮手需要先在本群或在卖这个团的其他群里说过话，然后：设置帮手 #1 @名字。"
    )

"""Session 10: `设置帮手 #1 @Ivy` in private answered "私聊里认不出 Ivy" though Ivy had joined #1 in a
help-selling group of it: in private, names for an organiser's group buy are looked up among the
members of the chats it is in (its own and its 帮卖 groups'), nobody else's."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_private_helper_command_finds_members_of_the_group_buys_chats() -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family = fake_chat(factory, clock=clock)
    street = fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    await family.say("amy", "接龙 面包 价格 10")
    await family.say("amy", "帮卖 开 10%")
    await street.say("bob", "帮卖 #1")
    await street.say("ivy", "+1")

    added = family.said(await family.say("amy", "设置帮手 #1 @Ivy", private=True))
    not_hers = family.said(await family.say("bob", "设置帮手 #1 @Ivy", private=True))

    assert added == (
        "Ivy 现在可以核销 #1 面包 的取货码了："
        "在团购的群里、在卖它的其他群里（那个群的订单）或私聊我发“核销 取货码”。\n已私信告诉对方。"
    )
    assert "私聊里认不出 Ivy" in not_hers  # Bob sells it but does not organise it: he learns nothing
    assert factory.state.helpers == [(1, "test:ivy")]

"""s28 #2: a help-seller who also bought in a group buy that failed (or was cancelled) got two private
messages, one as help-seller and one as buyer. She now gets one, saying both, in her language."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


async def _listed(clock: FakeClock) -> tuple[Chat, ChatApp]:
    """Amy's plums (target 9) listed by Bob (Chinese) in the office and Eve (English) in the garden; Bob
    and Eve each join their own listing, Dan joins 2 in the office."""
    config = AppConfig(default_language="zh", outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=clock, config=config)
    family = Chat(app, title="Family")
    office, garden = Chat(app, chat_id="office", title="Office"), Chat(app, chat_id="garden", title="Garden")
    await family.say("amy", "接龙 李子 价格 10 成团 9 截止 2小时")
    await family.say("amy", "帮卖 开 10%")
    await office.say("bob", "帮卖 #1")
    await garden.say("eve", "/helpsell #1", language="en")
    await office.say("bob", "+1")
    await garden.say("eve", "+1", language="en")
    await office.say("dan", "+2")
    return family, app


async def test_a_failure_tells_a_help_seller_who_bought_once() -> None:
    clock = FakeClock()
    _, app = await _listed(clock)
    clock.advance(hours=3)

    closed = await app.expire(1)

    for member in ("bob", "eve", "dan"):
        assert [r.private_to for r in closed].count(member) == 1, member
    told = Chat.private(closed)
    assert told["bob"] == (
        "你帮卖的 李子（#1，团长 Amy）截止时未达到成团数量（4/9），不成团，不收任何款项；"
        "你挂它的群已收到通知：Office。\n你自己也跟了这个团：你的那份同样不成单，不收你任何款项。"
    )
    assert told["eve"] == (
        "李子 (#1, organised by Amy), which you help-sell, did not reach its target (4/9) by its deadline "
        "and will not go ahead; nobody is charged. The groups where you listed it were told: Garden.\n"
        "You joined it yourself too: your own line will not become an order either, and you are not charged."
    )
    assert told["dan"] == "❌ 你跟的 李子（#1，团长 Amy）截止时未达到成团数量（4/9），不成团，不收任何款项。"


async def test_a_cancel_with_a_reason_tells_her_once_with_the_reason() -> None:
    family, _ = await _listed(FakeClock())

    await family.say("amy", "取消 #1 供应商缺货")  # asked first
    replies = await family.say("amy", "取消 #1 确认 供应商缺货")

    assert [r.private_to for r in replies].count("bob") == 1
    assert [r.private_to for r in replies].count("eve") == 1
    told = Chat.private(replies)
    assert told["bob"].endswith("你自己也跟了这个团：你的那份同样不成单，不收你任何款项。\n原因：供应商缺货")
    assert told["eve"].startswith("李子 (#1, organised by Amy), which you help-sell, was cancelled")
    assert "You joined it yourself too" in told["eve"]

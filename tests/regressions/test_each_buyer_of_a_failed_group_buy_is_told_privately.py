"""When 西门子洗碗机 (#7) failed at its deadline (below its target), its buyers were told only in the group,
where the message is easily missed among the chatter; only a buyer never seen there heard it privately
(rep38 36-15). Each buyer now gets one private message as well: it was not formed, nothing to pay."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers import outbox
from handlers.app import AppConfig, ChatApp
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


async def _failed(lang: str) -> tuple[dict[str, list[str]], list[str]]:
    """Amy's group buy of 3 in a `lang` chat, Ann and Hu in it, past its deadline: what each
    member was told privately, and what the group was."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    config = AppConfig(default_language=lang, outbox_platform="test")
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, factory), clock=clock, config=config)
    jia = Chat(app, chat_id="jia", title="jia")
    english = "/groupbuy Dishwasher price 2999 target 3 ends 2h"
    await jia.say("amy", "接龙 洗碗机 价格 2999 成团 3 截止 2小时" if lang == "zh" else english)
    await jia.say("ann", "+1")
    await jia.say("hu", "+1")
    before = len(factory.state.outbox)
    clock.advance(hours=3)

    await app.expire(1)

    rows = [outbox.delivery(item).reply for item in factory.state.outbox[before:]]
    private: dict[str, list[str]] = {}
    for row in rows:
        if row.private_to and row.text:
            private.setdefault(row.private_to, []).append(row.text)
    return private, [row.text for row in rows if row.chat_id == "jia" and not row.private_to and row.text]


async def test_each_buyer_of_a_failed_group_buy_is_told_privately() -> None:
    private, group = await _failed("zh")

    assert private["ann"] == [
        "❌ 你跟的 洗碗机（#1，团长 Amy）截止时未达到成团数量（2/3），不成团，不收任何款项。"
    ]
    assert private["hu"] == private["ann"]
    assert set(private) == {"amy", "ann", "hu"}
    assert group  # the group is told, as before


async def test_in_english_too() -> None:
    private, group = await _failed("en")

    assert private["ann"] == [
        "❌ Dishwasher (#1, organised by Amy), which you joined, did not reach its target (2/3) by its "
        "deadline and will not go ahead; nobody is charged."
    ]
    assert private["hu"] == private["ann"]
    assert group

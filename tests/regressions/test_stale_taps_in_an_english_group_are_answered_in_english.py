"""Review 104, finding 7: in an English group (on a Chinese-default bot), tapping `Ask Ann` a second time
answered `已经转给团长 Ann 了…`, another member's tap `这是 Dee 的问题…`, and a Join button of another
group's group buy (a card forwarded from a Chinese group) `这个按钮已经失效了。`. A tap in a group with no
card of its own to go by is answered as the group speaks."""

from __future__ import annotations

from handlers.app import AppConfig, ChatApp
from storage.state_memory import MemorySharedState
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


def _rooms() -> tuple[Chat, Chat]:
    app = ChatApp(
        uow_factory=FakeUnitOfWorkFactory(),  # type: ignore[arg-type]
        clock=FakeClock(),
        config=AppConfig(default_language="zh"),
        values=MemorySharedState().values,
    )
    return Chat(app, chat_id="zh"), Chat(app, chat_id="en")


async def test_ask_taps_again_and_by_another_member_speak_english() -> None:
    _, en = _rooms()
    await en.say("ann", "/groupbuy Honey price 30")
    offered = await en.say("dee", "/ask #1 is it organic")
    assert Chat.said(offered).startswith("I can't answer that"), offered

    assert Chat.toast(await en.tap("dee", "aq:1")) == "Passed to Ann; the answer comes to you privately"
    again = await en.tap("dee", "aq:1")
    other = await en.tap("cal", "aq:1")

    assert Chat.toast(again) == "It has been passed to Ann already; the answer comes to you privately."
    assert Chat.toast(other) == "This is Dee's question: only the one who asked can pass it on."


async def test_a_join_tap_of_another_groups_group_buy_speaks_this_groups_language() -> None:
    zh, en = _rooms()
    await zh.say("amy", "接龙 芒果 价格 30")
    await en.say("ann", "/groupbuy Honey price 30")

    replies = await en.tap("ben", "gb:join:1")

    assert Chat.toast(replies) == "This button is no longer valid."
    assert "Ben" not in await zh.card(1)  # nothing joined

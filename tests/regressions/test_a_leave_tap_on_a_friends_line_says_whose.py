"""The card's Leave tapped by Bob whose only line there is 小王's (`+2 帮 小王`) took one off 小王's line but
toasted "Took 1 off: you now have 1 × Eggs", as if it were his own. It says whose line it took one from,
and how to take the friend off altogether; the repeat tap and the last one say it too."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_a_leave_tap_says_it_was_wangs_line() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Eggs price 12")
    await chat.say("bob", "+2 for Wang")

    first = chat.toast(await chat.tap("bob", "gb:leave:1"))
    again = chat.toast(await chat.tap("bob", "gb:leave:1"))

    assert first == (
        "Took 1 off Wang's line: Wang now has 1 × Eggs. To take Wang off altogether, send /leave for Wang."
    )
    assert again == (
        "Counted once: Wang now has 1 × Eggs. "
        "To take another off, tap again in a moment, or send -1 for Wang."
    )
    assert "Bob for Wang ×1" in await chat.card(1)


async def test_in_chinese_down_to_none() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 鸡蛋 价格 12")
    await chat.say("bob", "+2 帮 小王")
    await chat.say("cat", "+1 帮 小李")

    lowered = chat.toast(await chat.tap("bob", "gb:leave:1"))
    gone = chat.toast(await chat.tap("cat", "gb:leave:1"))

    assert lowered == "已给 小王 减 1 份：小王 现在是 1 × 鸡蛋。要整条退出，发 退出 帮 小王。"
    assert gone == "已给 小李 退出 鸡蛋"

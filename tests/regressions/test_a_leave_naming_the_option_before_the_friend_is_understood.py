"""Session 10: `-1 大 帮 小王` and `-1 large for Wang` (the option, then the friend) were taken for chatter
and answered with nothing, while `-1 帮 小王 大` and `-1 for Wang large` worked and `+1 大 帮 小王` joined.
A leave now reads the option on either side of the friend; two options are still not a leave."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_option_before_the_friend_takes_the_friends_line_off() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 柚子 规格 大:30,小:20")
    await chat.say("bob", "+1 大 帮 小王")
    await chat.say("bob", "+1 小 for Wang")
    assert "小王" in await chat.card() and "Wang" in await chat.card()

    took = chat.said(await chat.say("bob", "-1 大 帮 小王"))
    took_en = chat.said(await chat.say("bob", "-1 小 for Wang"))

    assert "小王" in took and "小王" not in await chat.card()
    assert "Wang" in took_en and "Wang" not in await chat.card()


async def test_two_options_around_a_friend_are_not_a_leave() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 柚子 规格 大:30,小:20")
    await chat.say("bob", "+1 大 帮 小王")

    await chat.say("bob", "-1 大 帮 小王 小")

    assert "小王" in await chat.card()

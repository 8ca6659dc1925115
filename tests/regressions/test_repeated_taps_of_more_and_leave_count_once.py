"""Tapping the card's `+1 more` (再来一份) three times in a row bought three, and one tap of Leave (退出)
took a whole line of two off unasked. A repeat tap of the same member on the same card's `+1 more` or
Leave within a few seconds (on the app's clock) now counts once, and its toast says so and how to add
(take off) another; Leave takes one unit a tap and says how to leave altogether. Typed `+1` is never a
repeat: each is an intent."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def _durian(clock: FakeClock, lang: str) -> Chat:
    chat = fake_chat(clock=clock)
    if lang == "en":
        await chat.say("amy", "/lang en")
        await chat.say("amy", "/groupbuy Durian price 120 target 3 limit 5 ends 3d")
    else:
        await chat.say("amy", "接龙 榴莲 价格 120 成团 3 限购 5 截止 3天")
    return chat


async def test_three_quick_taps_of_more_buy_one_in_english() -> None:
    clock = FakeClock()
    chat = await _durian(clock, "en")

    first = chat.toast(await chat.tap("kim", "gb:more:1"))
    second = chat.toast(await chat.tap("kim", "gb:more:1"))
    clock.advance(seconds=1)
    third = chat.toast(await chat.tap("kim", "gb:more:1"))

    assert first == "You're in: 1 × Durian"
    expected = "Counted once: you now have 1 × Durian. To add one more, tap again in a moment, or send +1."
    assert second == third == expected
    assert "Kim ×1" in await chat.card()


async def test_three_quick_taps_of_more_buy_one_in_chinese() -> None:
    clock = FakeClock()
    chat = await _durian(clock, "zh")
    await chat.say("kim", "+1")

    first = chat.toast(await chat.tap("kim", "gb:more:1"))
    second = chat.toast(await chat.tap("kim", "gb:more:1"))

    assert first == "跟团成功：2 × 榴莲"
    assert second == "连点只算一次：现在是 2 × 榴莲。要再加，稍等片刻再点，或发 +1。"
    assert "Kim ×2" in await chat.card()


async def test_a_tap_after_a_moment_adds_another_and_typed_plus_ones_all_count() -> None:
    clock = FakeClock()
    chat = await _durian(clock, "zh")
    await chat.tap("kim", "gb:more:1")
    clock.advance(seconds=4)

    assert chat.toast(await chat.tap("kim", "gb:more:1")) == "跟团成功：2 × 榴莲"
    await chat.say("kim", "+1")
    await chat.say("kim", "+1")
    assert "Kim ×4" in await chat.card()


async def test_another_members_tap_is_not_her_repeat() -> None:
    chat = await _durian(FakeClock(), "en")
    await chat.tap("kim", "gb:more:1")

    assert chat.toast(await chat.tap("bob", "gb:more:1")) == "You're in: 1 × Durian"


async def test_leave_takes_one_unit_a_tap_and_says_how_to_leave_in_chinese() -> None:
    clock = FakeClock()
    chat = await _durian(clock, "zh")
    await chat.say("bob", "+2")

    first = chat.toast(await chat.tap("bob", "gb:leave:1"))
    again = chat.toast(await chat.tap("bob", "gb:leave:1"))

    assert first == "已减 1 份：现在是 1 × 榴莲。要整条退出，发 退出。"
    assert again == "连点只算一次：现在是 1 × 榴莲。要再减，稍等片刻再点，或发 -1。"
    assert "Bob ×1" in await chat.card()
    clock.advance(seconds=5)
    assert chat.toast(await chat.tap("bob", "gb:leave:1")) == "已退出 榴莲"
    assert chat.toast(await chat.tap("bob", "gb:leave:1")) == "连点只算一次：你已退出 榴莲。"


async def test_leave_takes_one_unit_a_tap_in_english() -> None:
    chat = await _durian(FakeClock(), "en")
    await chat.say("bob", "+2")

    toast = chat.toast(await chat.tap("bob", "gb:leave:1"))

    assert toast == "Took 1 off: you now have 1 × Durian. To leave altogether, send /leave."
    assert "Bob ×1" in await chat.card()


async def test_a_refused_tap_is_not_counted_as_the_one() -> None:
    chat = await _durian(FakeClock(), "en")
    await chat.say("kim", "+5")  # at the limit

    first = chat.toast(await chat.tap("kim", "gb:more:1"))
    second = chat.toast(await chat.tap("kim", "gb:more:1"))

    assert first == second
    assert "Counted once" not in second

"""A pickup's time was read only at the end of its text after a space: `自提：南门，明天下午5点` (the
full-width comma WeChat types), `自提 周三下午5点 南门` (the time first) and the template line
`明晚8点截单，周三下午5点南门自提` were kept as text. A time before the close went through unchecked, the card
said 明天 still on Wednesday, and the evening-before pickup reminder never came. Now the time is read after
`，` `,` `、` or a space, or before the place (`在` before it no part of it), the place kept and the day
resolved to a date, as `自提 南门 明天下午5点` reads; a place that starts as a day (`Sun Plaza`) stays a
place."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

ZH_EARLY = (
    "芒果（#1）11月24日 周二 20:00 才截单，自提时间 11月24日 周二 17:00 在截单之前，没有任何改动。"
    "请写截单以后的自提时间，例如：自提 #1 南门 · 11月25日 周三 17:00；或者把截止提前，一条消息改好："
    "修改 #1 截止 11月24日 周二 16:00 自提 南门 · 11月24日 周二 17:00"
)
EN_EARLY = (
    "Mango (#1) closes Tue 24 Nov 20:00: a pickup at Tue 24 Nov 17:00 would come before the close, so "
    "nothing was changed. Name a pickup time after the close, e.g. /pickup #1 Gate 3 · Wed 25 Nov 17:00, "
    "or close it earlier in one command: /edit #1 ends Tue 24 Nov 16:00 pickup Gate 3 · Tue 24 Nov 17:00"
)


async def _open_zh() -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    await chat.say("amy", "接龙 芒果 价格 30 截止 明晚8点", name="李姐")
    await chat.say("bob", "+1", name="小王")
    return chat


async def _open_en() -> Chat:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mango price 30 ends tomorrow 8pm")
    await chat.say("bob", "+1")
    return chat


async def test_a_time_after_a_full_width_comma_before_the_close_is_refused() -> None:
    chat = await _open_zh()

    said = chat.said(await chat.say("amy", "自提：南门，明天下午5点", name="李姐"))

    assert said == ZH_EARLY
    assert "自提" not in await chat.card(1)


async def test_a_time_after_a_comma_before_the_close_is_refused_in_english() -> None:
    chat = await _open_en()

    said = chat.said(await chat.say("amy", "/pickup Gate 3,tomorrow 5pm"))

    assert said == EN_EARLY
    assert "Pickup" not in await chat.card(1)


async def test_a_time_after_a_comma_is_shown_as_a_date_and_reminded_the_evening_before() -> None:
    chat = await _open_zh()
    await chat.say("amy", "截单", name="李姐")
    await chat.say("amy", "已收 1-1", name="李姐")

    said = chat.said(await chat.say("amy", "自提：南门快递柜旁，周三下午5点", name="李姐"))

    assert said == (
        "好的，芒果（#1）的自提：南门快递柜旁 · 11月25日 周三 17:00\n"
        "已把自提地点、时间和各自的取货码私信发给 1 位已付款的买家；收不到私信的会在群里收到提示。"
    )
    assert "\n自提：南门快递柜旁 · 11月25日 周三 17:00\n" in await chat.card(1)
    chat.app.clock.advance(hours=32)  # Tuesday 20:00
    reminders = await chat.pickup_reminders()()
    assert [reply.text for reply in reminders] == [
        "📦 明天自提：芒果（#1），南门快递柜旁 · 11月25日 周三 17:00。\n待取 1 单，都已付款，明天见！"
    ]


async def test_a_time_after_a_comma_is_reminded_in_english() -> None:
    chat = await _open_en()
    await chat.say("amy", "/close")
    await chat.say("amy", "/paid 1-1")

    said = chat.said(await chat.say("amy", "/pickup Gate 3,Wednesday 5pm"))

    assert said.startswith("Pickup for Mango (#1): Gate 3 · Wed 25 Nov 17:00\n"), said
    assert "\nPickup: Gate 3 · Wed 25 Nov 17:00\n" in await chat.card(1)
    chat.app.clock.advance(hours=32)
    reminders = await chat.pickup_reminders()()
    assert [reply.text for reply in reminders] == [
        "📦 Pickup tomorrow: Mango (#1), Gate 3 · Wed 25 Nov 17:00.\n"
        "1 order to collect, all paid: see you there!"
    ]


async def test_a_time_before_the_place_is_read_as_its_time() -> None:
    for typed in ("自提 周三下午5点 南门", "自提 周三下午5点在南门", "自提 周三下午5点，南门"):
        chat = await _open_zh()

        said = chat.said(await chat.say("amy", typed, name="李姐"))

        assert said == "好的，芒果（#1）的自提：南门 · 11月25日 周三 17:00", typed
        assert "\n自提：南门 · 11月25日 周三 17:00\n" in await chat.card(1)


async def test_a_time_before_the_place_is_read_in_english() -> None:
    chat = await _open_en()

    said = chat.said(await chat.say("amy", "/pickup Wednesday 5pm Gate 3"))

    assert said == "Pickup for Mango (#1): Gate 3 · Wed 25 Nov 17:00"


async def test_a_place_starting_as_a_day_stays_a_place() -> None:
    chat = await _open_en()

    said = chat.said(await chat.say("amy", "/pickup Sun Plaza"))

    assert said == "Pickup for Mango (#1): Sun Plaza"


async def test_the_templates_pickup_with_its_time_first_is_read_as_its_time() -> None:
    chat = fake_chat()
    chat.platform = "wechat"
    template = "#接龙\n海南贵妃芒 5斤装 ¥88\n明晚8点截单，周三下午5点南门自提\n1. 李姐 1"

    said = chat.said(await chat.say("amy", template, name="李姐"))

    assert said == (
        "团购 #1 开团了：海南贵妃芒 5斤装，¥88/份。发 +1 参加，截止 11月24日 周二 20:00。"
        "李姐 跟团：1 × 海南贵妃芒 5斤装（#1）。当前 ¥88/份。"
    )
    assert "\n自提：南门 · 11月25日 周三 17:00\n" in await chat.card(1)

"""Session 25 (rep34 item 2): the same part refund sent twice refunded twice (`/refund 5-2 12 one jin was
bad` twice; `退款 1-2 ¥78 坏了一盒` then `退款 1-2 78`: ¥156 of ¥176 gone, the buyer told twice). Now a part
refund of the same amount on the same order within 10 minutes of the last changes nothing and asks,
naming when the last was and the command to send; `确认` / `confirm` after it does it. A different
amount, or the same after 10 minutes, goes through as before. The console: the same form sent twice
refunds once (its token); a second form of the same amount asks, with a box to tick to do it."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.fakes import FakeClock
from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

SETUP = {
    "zh": ("接龙 芒果 价格 78 截止 2小时", "截单", "已收 1-1"),
    "en": ("/groupbuy Mangoes price 78 ends in 2 hours", "/close", "/paid 1-1"),
}
TWICE = {
    "zh": (
        "退款 1-1 ¥78 坏了一盒",
        "退款 1-1 78",
        "刚才已给 #1-1 退过 ¥78（12:00）。确实要再退 ¥78 就发 退款 1-1 78 确认。没有任何改动。",
        "退款 1-1 78 确认",
        "订单 #1-1（Kim）已部分退款。",
    ),
    "en": (
        "/refund 1-1 12 one was bad",
        "/refund 1-1 12 one was bad",
        "Order #1-1 was just refunded ¥12 (12:00). To refund ¥12 again, send /refund 1-1 12 confirm. "
        "Nothing was changed.",
        "/refund 1-1 12 confirm",
        "Order #1-1 of Kim is refunded in part.",
    ),
}
# the group reads no amount; she reads the question privately (rep58 #2)
HERE = {"zh": "Amy，退款的事已私信发给你。", "en": "Amy, I've answered you about the refund privately."}


async def _paid(lang: str, clock: FakeClock) -> Chat:
    chat = fake_chat(clock=clock, default_language=lang)
    opening, close, paid = SETUP[lang]
    await chat.say("amy", opening, language=lang)
    await chat.say("kim", "+3", language=lang)
    await chat.say("amy", close, language=lang)
    await chat.say("amy", paid, language=lang)
    return chat


async def _refunded(chat: Chat, order: int = 1) -> int:
    async with chat.app.uow_factory() as uow:
        held = await uow.orders.get(order)
    assert held is not None
    return int(held.refunded_part)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_same_part_refund_sent_twice_asks_first(lang: str) -> None:
    clock = FakeClock()
    chat = await _paid(lang, clock)
    first, second, asked, confirmed, done = TWICE[lang]
    await chat.say("amy", first, language=lang)
    part = await _refunded(chat)
    assert part in (7800, 1200)

    clock.advance(seconds=40)
    replies = await chat.say("amy", second, language=lang)

    assert [(r.private_to, r.text) for r in replies] == [
        (None, HERE[lang]),
        ("amy", asked),
    ]  # nobody else told
    assert await _refunded(chat) == part  # nothing changed

    replies = await chat.say("amy", confirmed, language=lang)
    assert replies[0].text == done
    assert await _refunded(chat) == 2 * part


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_different_amount_or_after_ten_minutes_goes_through(lang: str) -> None:
    clock = FakeClock()
    chat = await _paid(lang, clock)
    word = "退款" if lang == "zh" else "/refund"
    await chat.say("amy", f"{word} 1-1 10", language=lang)
    await chat.say("amy", f"{word} 1-1 20", language=lang)  # another amount: refunded
    assert await _refunded(chat) == 3000
    clock.advance(minutes=10)
    await chat.say("amy", f"{word} 1-1 20", language=lang)  # the same, 10 minutes on: refunded
    assert await _refunded(chat) == 5000


CONSOLE = {
    "zh": (
        "刚才已给 #{order} 退过 ¥1（12:00）。确实要再退 ¥1 就勾选“确认再退一次”后再提交。没有任何改动。",
        "确认再退一次",
    ),
    "en": (
        "Order #{order} was just refunded ¥1 (12:00). To refund ¥1 again, tick “Yes, refund it again” and "
        "send the form again. Nothing was changed.",
        "Yes, refund it again",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_consoles_second_refund_form_of_the_same_amount_asks_first(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        client.cookies.set("lang", lang)
        order = f"{gid}-1"

        async def refunded() -> int:
            async with world.app.uow_factory() as uow:
                [held] = await uow.orders.for_group_buy(gid)
            return int(held.refunded_part)

        form = {"order": order, "confirm": "yes", "amount": "1"}
        await post_form(client, "/orders/refund", {**form, "once": "firstform1"})
        assert await refunded() == 100
        since = len(await world.outbox_rows())

        asked = await post_form(client, "/orders/refund", {**form, "once": "secondform"})  # a second form
        page = html.unescape(asked.text)
        said, box = CONSOLE[lang]
        assert said.format(order=order) in page, page
        assert box in page and 'name="again"' in page, page
        assert await refunded() == 100
        assert len(await world.outbox_rows()) == since  # nobody told

        await post_form(client, "/orders/refund", {**form, "once": "thirdform1", "again": "yes"})
        assert await refunded() == 200

"""Review 29 #1: `退款 4-1 坏了一盒` (an order of 2 boxes), `退款 3-1 只退运费`,
`退款 10-1 车厘子坏了三分之一` and `/refund 13-3 refund 22` refunded the whole order (and took back
all commission). A reason naming fewer of the goods than the order holds, a share of it, one thing
only, or an amount inside the reason is refused with one message saying what was read; nothing
changes. Since session 25 (部分退款) that message names the amount form to send, half of the order for
an example (`退款 1-1 ¥40`); so are `one was missing` (of 2) and `refund the difference` (review 32 #2,
from the console's reason field). A plain reason (`坏了两个` of 2, `wrong size`) still refunds. The console's
refund form refuses it in the form's words, never with a chat command to type."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import fake_chat

SAID = {
    "zh": ("接龙 草莓 价格 40", "截单", "已收 1-1 1-2 1-3 1-4 1-5 1-6", "退款"),
    "en": ("/groupbuy Honey price 22", "/close", "/paid 1-1 1-2 1-3 1-4 1-5 1-6", "/refund"),
}
# each buyer's order: Bob 2, Cat 3, the others 1 (a count of fewer is part only of Bob's and Cat's)
JOINS = (("bob", "+2"), ("cat", "+3"), ("dan", "+1"), ("eve", "+1"), ("fay", "+1"), ("gus", "+1"))
# (order, reason, in private, what was read)
PART = {
    "zh": (
        ("1-1", "坏了一盒", False, "坏了一盒"),
        ("1-2", "坏了2盒", True, "坏了2盒"),
        ("1-3", "只退运费", False, "只退运费"),
        ("1-3", "车厘子坏了三分之一", True, "车厘子坏了三分之一"),
        ("1-3", "坏了 退30", False, "退30"),
        ("1-3", "坏了 30", False, "坏了 30"),
        ("1-3", "烂了1/3", False, "烂了1/3"),
    ),
    "en": (
        ("1-1", "one jar was cracked", False, "one jar was cracked"),
        ("1-3", "refund 22", True, "refund 22"),
        ("1-3", "a third were bad", False, "a third were bad"),
        ("1-3", "only refund the shipping", False, "only refund the shipping"),
        ("1-3", "broken, 12", False, "12"),
        ("1-3", "about 1/3 leaked", True, "about 1/3 leaked"),
        # review 32 #2: these refunded the whole order from the console's reason field
        ("1-1", "one was missing", False, "one was missing"),
        ("1-3", "refund the difference", False, "refund the difference"),
    ),
}
REFUSED = {
    "zh": "“{asked}”：没有任何改动。退一部分请写金额，"
    "例如要退一半就发 退款 {order} {half}（这单还可退 {total}）。",
    "en": "“{asked}”: nothing was changed. To refund part of it, send the amount: for half,"
    " /refund {order} {half} ({total} left to refund on this order).",
}
HALF = {"zh": {"1-1": "¥40", "1-2": "¥60", "1-3": "¥20"}, "en": {"1-1": "¥22", "1-2": "¥33", "1-3": "¥11"}}
TOTALS = {"zh": {"1-1": "¥80", "1-2": "¥120", "1-3": "¥40"}, "en": {"1-1": "¥44", "1-2": "¥66", "1-3": "¥22"}}
# plain reasons refund the whole order, as before: (order, reason)
WHOLE = {
    "zh": (
        ("1-1", "坏了两个"),
        ("1-3", "坏了"),
        ("1-4", "尺码不对"),
        ("1-5", "不要了"),
        ("1-6", "一个都没收到"),
        ("1-2", "包装破了一个角"),  # a corner of the box, not one of Cat's 3
    ),
    "en": (
        ("1-1", "two jars broke"),
        ("1-3", "wrong size"),
        ("1-4", "arrived broken"),
        ("1-5", "arrived 2 days late"),
        ("1-6", "left at the wrong door, room 302"),  # a room, not an amount
        ("1-2", "ordered 3 by mistake"),  # all 3 of Cat's
    ),
}
DONE = {
    "zh": "订单 #{order}（{name}）已退款。已私信告诉 {name}。",
    "en": "Order #{order} of {name} is refunded. {name} was told privately.",
}
NAMES = {"1-1": "Bob", "1-2": "Cat", "1-3": "Dan", "1-4": "Eve", "1-5": "Fay", "1-6": "Gus"}

# typed in the group, the group reads no amount and she reads it privately (rep58 #2)
HERE = {"zh": "{name}，退款的事已私信发给你。", "en": "{name}, I've answered you about the refund privately."}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_refund_asking_for_fewer_a_share_or_an_amount_refunds_nothing(lang: str) -> None:
    room = fake_chat(default_language=lang)
    opening, close, paid, refund = SAID[lang]
    await room.say("amy", opening)
    for buyer, join in JOINS:
        await room.say(buyer, join)
    await room.say("amy", close)
    await room.say("amy", paid)
    for order, reason, private, asked in PART[lang]:
        replies = await room.say("amy", f"{refund} {order} {reason}", private=private)
        total = TOTALS[lang][order]
        half = HALF[lang][order]
        refused = REFUSED[lang].format(asked=asked, total=total, order=order, half=half)
        if private:
            assert room.said(replies) == refused, reason
            assert room.private(replies) == {}, reason  # the buyer is told nothing: nothing was refunded
        else:
            assert room.said(replies) == HERE[lang].format(name="Amy"), reason
            assert room.private(replies) == {"amy": refused}, reason  # the buyer is told nothing
    for order, reason in WHOLE[lang]:
        replies = await room.say("amy", f"{refund} {order} {reason}")
        total = TOTALS[lang].get(order, TOTALS[lang]["1-3"])
        assert room.said(replies) == DONE[lang].format(order=order, name=NAMES[order], total=total), reason
        assert room.private(replies)[NAMES[order].lower()].endswith(reason)


CONSOLE = {
    "zh": "“坏了一个”：没有任何改动。退一部分请把金额填在“退款金额”一栏，例如要退一半就填 ¥10"
    "（这单还可退 ¥20），原因里不用写。",
    "en": "“坏了一个”: nothing was changed. To refund part of it, fill in the Amount field, e.g. ¥10 for "
    "half (¥20 left to refund on this order), and leave it out of the reason.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_consoles_refund_form_refuses_part_in_its_own_words(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+2 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.admin()
        client.cookies.set("lang", lang)
        since = len(await world.outbox_rows())

        form = {"order": f"{gid}-1", "confirm": "yes", "reason": "坏了一个"}
        sent = await post_form(client, "/orders/refund", form)

        assert sent.status_code == 303
        page = html.unescape((await client.get(sent.headers["location"])).text)
        assert CONSOLE[lang] in page, page
        assert f"退款 {gid}-1" not in page and f"/refund {gid}-1" not in page  # no chat command to type
        assert len(await world.outbox_rows()) == since  # nobody told anything: nothing refunded
        async with world.app.uow_factory() as uow:
            assert [o.status.value for o in await uow.orders.for_group_buy(gid)] == ["paid"]

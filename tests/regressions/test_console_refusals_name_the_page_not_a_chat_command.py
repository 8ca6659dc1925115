"""Task s22 H: the console's Change form refused a new unit on a group buy people joined with the chat's
"e.g. /edit #1 price ¥2.50", the unit lost (the Price field reads `3.00/jin`); it now says what to write in
Price, with the unit: `¥2.50/jin`. A batch Picked up that included an unpaid order said "confirm the payment
first with /paid 1-1, then /pickedup 1-1", chat commands on a page: it now says to mark it paid first. The
chat keeps its own wording."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form
from tests.unit.handlers.conftest import fake_chat

UNIT = {
    "en": (
        "People have already joined Lychees (#{gid}), counted in the unit it is sold in, so its unit cannot"
        " change now. Nothing was changed. ¥5/kg is ¥2.50 per jin: to change only the price, write it per"
        " jin in Price, e.g. ¥2.50/jin.",
        "3.00/jin",
    ),
    "zh": (
        "Lychees（#{gid}）已经有人跟团了，大家的数量是按原来的单位算的，现在不能改单位。没有任何改动。"
        "¥5/kg 就是每斤 ¥2.50，只改价格就在“价格”一栏按每斤写，例如 ¥2.50/斤。",
        "3.00/斤",
    ),
}
NOT_PAID = {
    "en": "Order #{gid}-2 is not paid yet: mark it paid first (Mark paid), then picked up. Nothing was"
    " changed.",
    "zh": "订单 #{gid}-2 还没付款：请先点“已收”确认收款，再标记已取货。没有任何改动。",
}
PICKED = {"en": "Picked up: #{gid}-1. The card ticks it.", "zh": "已取货：#{gid}-1。团卡已打勾。"}


def _flash(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">([^<]*)</p>', page)
    assert found, "no flash on the page"
    return html.unescape(found.group(1))


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_unit_change_says_the_price_field_with_its_unit(tmp_path: Path, lang: str) -> None:
    refused, shown = UNIT[lang]
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Lychees price 3/斤")
        gid = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "bob", f"+1 #{gid}")
        client = await world.member("amy")
        client.cookies.set("lang", lang)
        fields = await form_of(client, f"/group-buys/{gid}/edit")
        assert fields["price"] == shown

        bad = await post_form(client, f"/group-buys/{gid}/edit", {**fields, "price": "5/kg"})

        assert bad.status_code == 422
        assert field_errors(bad.text)["price"] == refused.format(gid=gid)
        said = refused.rsplit(" ", 1)[-1].rstrip("。.")  # what it says to write: taken as it is
        done = await post_form(client, f"/group-buys/{gid}/edit", {**fields, "price": said})
        assert done.status_code == 303
        assert (await form_of(client, f"/group-buys/{gid}/edit"))["price"] == shown.replace("3.00", "2.50")


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_batch_picked_up_with_an_unpaid_order_names_mark_paid(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", f"+1 #{gid}")
        await world.say("family", "cat", f"+1 #{gid}")
        await world.say("family", "amy", f"/close #{gid}")
        await world.say("family", "amy", f"/paid {gid}-1")
        client = await world.member("amy")
        client.cookies.set("lang", lang)

        ticked = {f"pick_{gid}-1": "on", f"pick_{gid}-2": "on"}
        done = await post_form(client, "/orders/picked-up", ticked)

        page = (await client.get(done.headers["location"])).text
        assert _flash(page) == f"{PICKED[lang]}\n{NOT_PAID[lang]}".format(gid=gid)


async def test_the_chat_keeps_its_commands() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Lychees price 3/斤")
    await chat.say("bob", "+1")

    refused = chat.said(await chat.say("amy", "/edit #1 price 5/kg"))
    assert refused.endswith("e.g. /edit #1 price ¥2.50")
    await chat.say("amy", "/close")
    assert chat.said(await chat.say("amy", "/pickedup 1-1")) == (
        "Order #1-1 is not paid yet: nothing was changed. Confirm the payment first with /paid 1-1, "
        "then /pickedup 1-1."
    )

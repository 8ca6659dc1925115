"""Review 101 #2: on the Orders page, with ¥10.50 of Lee's ¥12 received, 只收到 typed `5` was refused
"…Received it all? Send /paid 2-2." (a chat command, in the console), and typing exactly what was left
(`1.50`) was refused as too much. Now the rest typed records it as the rest received, the order paid and
the buyer told; more than is left names what is left and the row's own buttons, nothing changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

OVER = {
    "zh": "订单 #{n}（Bob）应付 ¥30，之前只收到 ¥10，还差 ¥20，你写的 ¥25 比还差的多，没有任何改动。"
    "余下的 ¥20 收到了就在这一行写 ¥20 再点“只收到”，或直接点“已收”。",
    "en": "Order #{n} (Bob) comes to ¥30; ¥10 was received before, so ¥20 is left, less than the ¥25 you"
    " typed: nothing was changed. The rest came? Type ¥20 and click “Only this received”, or click “Mark"
    " paid” on its row.",
}
REST = {
    "zh": "已记下 #{n}（Bob）余下的 ¥20 也已收到：之前只收到 ¥10，共 ¥30，订单已付清。"
    "已通知买家，并发了取货码。",
    "en": "Recorded for #{n} (Bob): the rest, ¥20, came too (¥10 received before, ¥30 in all), so the order"
    " is paid. The buyer was told, with their pickup code.",
}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


async def typed(admin: httpx.AsyncClient, number: str, amount: str) -> str:
    page = (await admin.get("/orders")).text
    once = re.search(r'name="once" value="([^"]+)"', page)
    seen = re.search(rf'name="seen_{number}" value="([^"]*)"', page)
    assert once is not None and seen is not None
    form = {"part": number, f"part_{number}": amount, "once": once.group(1)}
    form[f"seen_{number}"] = html.unescape(seen.group(1))
    assert (await post_form(admin, "/orders/paid", form)).status_code == 303
    return flash_of((await admin.get("/orders")).text)


async def ten_of_30_received(world: ConsoleWorld, lang: str) -> tuple[httpx.AsyncClient, str]:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+3")
    await world.say("family", "amy", "/close")
    admin = await world.admin()
    admin.cookies.set("lang", lang)
    number = f"{gid}-1"
    assert "#" in await typed(admin, number, "10")
    return admin, number


async def order_of(world: ConsoleWorld, number: str) -> tuple[str, int]:
    async with world.app.uow_factory() as uow:
        [order] = await uow.orders.for_group_buy(int(number.split("-")[0]))
    return order.status.value, order.received_unpaid


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_more_than_is_left_names_the_rest_and_the_rows_buttons(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        admin, number = await ten_of_30_received(world, lang)

        said = await typed(admin, number, "25")

        assert said == OVER[lang].format(n=number)
        assert "/paid" not in said and "已收 " + number not in said
        assert await order_of(world, number) == ("pending_payment", 1000)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_exactly_the_rest_marks_it_paid(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        admin, number = await ten_of_30_received(world, lang)
        since = len(await world.outbox_rows())

        said = await typed(admin, number, "20")

        assert said == REST[lang].format(n=number)
        assert (await order_of(world, number))[0] == "paid"
        assert "bob" in [row["chat_id"] for row in (await world.outbox_rows())[since:]]  # Bob is told

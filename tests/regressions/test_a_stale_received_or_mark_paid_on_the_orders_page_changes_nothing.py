"""Review 101 #1: with the Orders page open on Cat's report (`我已付款 3-2 10` of ¥30: "全部收到 ¥30" and
"只收到 ¥10" on its row), the organiser answered it in the chat (`只收到 3-2 10`); the page's stale 只收到 ¥10
then recorded the same ¥10 again (¥20 received, and Cat told that ¥10 came twice). Likewise a stale Mark
paid confirmed ¥30 seconds after the organiser's 未收到. Each row now carries what its page saw of the
order's payment: a Mark paid or 只收到 sent from a page the chat has overtaken is refused with what is
true now, nothing recorded and nobody told; a fresh page acts as before."""

from __future__ import annotations

import html
import re
from pathlib import Path

import httpx
import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

STALE_PART = {
    "zh": "你打开这页后，订单 #{n}（Bob）的付款已有变动，现在已记下收到 ¥10（应付 ¥30，还差 ¥20），"
    "仍是未付款；看过后再操作（没有任何改动）。",
    "en": "Since you opened this page, the payment of order #{n} (Bob) has changed: already recorded: ¥10 of"
    " ¥30 received, ¥20 still to pay (still unpaid). Look at it again before acting (nothing was changed).",
}
STALE_DENIED = {
    "zh": "你打开这页后，订单 #{n}（Bob）的付款已有变动，现在没有记下收到任何钱（应付 ¥30），仍是未付款；"
    "看过后再操作（没有任何改动）。",
    "en": "Since you opened this page, the payment of order #{n} (Bob) has changed: nothing is recorded as"
    " received (¥30 to pay, still unpaid). Look at it again before acting (nothing was changed).",
}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


def seen_on(page: str, number: str) -> str:
    found = re.search(rf'name="seen_{number}" value="([^"]*)"', page)
    assert found is not None, page
    return html.unescape(found.group(1))


async def bob_owes_30(world: ConsoleWorld) -> str:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+3")
    await world.say("family", "amy", "/close")
    return f"{gid}-1"


async def opened(world: ConsoleWorld, lang: str) -> tuple[httpx.AsyncClient, str]:
    admin = await world.admin()
    admin.cookies.set("lang", lang)
    return admin, (await admin.get("/orders")).text


async def told_since(world: ConsoleWorld, since: int) -> list[str]:
    return [row["chat_id"] for row in (await world.outbox_rows())[since:]]


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_stale_only_received_button_does_not_add_the_money_again(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        number = await bob_owes_30(world)
        await world.say("family", "bob", f"/ipaid {number} 10")
        admin, page = await opened(world, lang)
        assert f'value="{number}:1000"' in page  # the report's 只收到 ¥10 on its row
        await world.say("family", "amy", f"只收到 {number} 10")  # answered in the chat meanwhile
        since = len(await world.outbox_rows())

        form = {"received": f"{number}:1000", f"seen_{number}": seen_on(page, number)}
        assert (await post_form(admin, "/orders/paid", form)).status_code == 303
        assert flash_of((await admin.get("/orders")).text) == STALE_PART[lang].format(n=number)
        assert (await post_form(admin, "/orders/paid", form)).status_code == 303  # and a second click
        assert flash_of((await admin.get("/orders")).text) == STALE_PART[lang].format(n=number)

        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(int(number.split("-")[0]))
        assert order.received_unpaid == 1000  # the ¥10 that came, recorded once
        assert order.status.value == "pending_payment"
        assert await told_since(world, since) == []  # Bob never reads that ¥10 came twice


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_stale_mark_paid_after_not_received_confirms_nothing(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        number = await bob_owes_30(world)
        await world.say("family", "bob", f"/ipaid {number}")
        admin, page = await opened(world, lang)
        await world.say("family", "amy", f"未收到 {number}")
        since = len(await world.outbox_rows())

        form = {"order": number, f"seen_{number}": seen_on(page, number)}
        assert (await post_form(admin, "/orders/paid", form)).status_code == 303

        assert flash_of((await admin.get("/orders")).text) == STALE_DENIED[lang].format(n=number)
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(int(number.split("-")[0]))
        assert order.status.value == "pending_payment"
        assert order.payments == []
        assert await told_since(world, since) == []


async def test_a_fresh_page_still_marks_paid(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        number = await bob_owes_30(world)
        await world.say("family", "bob", f"/ipaid {number}")
        await world.say("family", "amy", f"未收到 {number}")
        admin, page = await opened(world, "en")

        form = {"order": number, f"seen_{number}": seen_on(page, number)}
        assert (await post_form(admin, "/orders/paid", form)).status_code == 303

        assert flash_of((await admin.get("/orders")).text).startswith(f"Marked paid: #{number} Bob")
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(int(number.split("-")[0]))
        assert order.status.value == "paid"

"""rep78 #9: the console's 只收到 with the whole ¥50 of an order flashed `…全部收到了就发 已收 4-1。`, a chat
command, in the console; with `abc` it said `例如 50`, the very amount just refused. In the console the
flash names the row's button, and its example is below what the order comes to (here ¥30: ¥15)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

WHOLE = {
    "zh": "订单 #{n}（Bob）应付 ¥30，只收到 ¥30 不少于应付，没有任何改动。全部收到了就点这一行的“已收”。",
    "en": "Order #{n} (Bob) comes to ¥30; ¥30 is not less than that, so nothing was recorded as part"
    " received: nothing was changed. Received it all? Click “Mark paid” on its row.",
}
NOT_AMOUNT = {
    "zh": "#{n} 没有记下：“abc”不是金额，请写收到的金额，例如 ¥15。没有任何改动。",
    "en": "Nothing recorded for #{n}: “abc” is not an amount; type the amount received, e.g. ¥15. Nothing was"
    " changed.",
}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


async def _bobs_order(world: ConsoleWorld) -> str:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+3")
    await world.say("family", "amy", "/close")
    return f"{gid}-1"


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_part_received_flash_names_the_button_and_an_amount_below_the_total(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        number = await _bobs_order(world)
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)

        for typed, said in (("30", WHOLE), ("abc", NOT_AMOUNT)):
            answer = await post_form(amy, "/orders/paid", {"part": number, f"part_{number}": typed})
            assert answer.status_code == 303
            flashed = flash_of((await amy.get("/orders")).text)
            assert flashed == said[lang].format(n=number)
            assert "发 已收" not in flashed and "/paid" not in flashed

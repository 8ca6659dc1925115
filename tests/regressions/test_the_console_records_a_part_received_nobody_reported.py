"""s35 #5: the console's 只收到 (part received) was a button only on a row whose buyer reported paying
short; Amy, handed ¥10 in cash for Bob's ¥30 order nobody reported, could record it in the chat
(`只收到 1-1 10`, s34) but not in the console. Now an unpaid row nobody reported has an amount box and an
“只收到” button that records it as the chat does (the buyer told what is left); no amount, or not an
amount, is said, nothing changed."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form

RECORDED = {
    "zh": "已记下 #1-1 只收到 ¥10：订单仍是未付款，还差 ¥20，已告诉买家补齐。",
    "en": "Recorded for #1-1: only ¥10 received. The order stays unpaid, ¥20 to go; the buyer was told.",
}
NO_AMOUNT = {
    "zh": "#1-1 没有记下：先在“只收到”旁边写上收到的金额，例如 ¥15，再点“只收到”。没有任何改动。",
    "en": "Nothing recorded for #1-1: type the amount received beside “Only this received”, e.g. ¥15, then"
    " click it. Nothing was changed.",
}
NOT_AMOUNT = {
    "zh": "#1-1 没有记下：“abc”不是金额，请写收到的金额，例如 ¥15。没有任何改动。",
    "en": "Nothing recorded for #1-1: “abc” is not an amount; type the amount received, e.g. ¥15. Nothing was"
    " changed.",
}
BUTTON = {"zh": "只收到", "en": "Only this received"}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


async def _bobs_order(world: ConsoleWorld) -> str:
    gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
    await world.say("family", "bob", "+3")
    await world.say("family", "amy", "/close")
    return f"{gid}-1"


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_console_records_a_part_received_nobody_reported(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        number = await _bobs_order(world)
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        page = (await amy.get("/orders")).text
        assert f'name="part" value="{number}">{BUTTON[lang]}</button>' in page

        for typed, said in (("", NO_AMOUNT), ("abc", NOT_AMOUNT)):
            answer = await post_form(amy, "/orders/paid", {"part": number, f"part_{number}": typed})
            assert answer.status_code == 303
            assert flash_of((await amy.get("/orders")).text) == said[lang]

        before = len(await world.outbox_rows())
        answer = await post_form(amy, "/orders/paid", {"part": number, f"part_{number}": "10"})
        assert answer.status_code == 303
        assert flash_of((await amy.get("/orders")).text) == RECORDED[lang]
        told = await world.outbox_rows()
        assert any(row["chat_id"] == "bob" for row in told[before:])  # the buyer is told what is left

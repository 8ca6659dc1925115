"""Review (session 20): a price in Telegram Stars above what one Stars payment carries (`20000⭐`: the
console's form reaches Stars by the price, as the chat does, or by `TUAN_CURRENCY=XTR`) was answered in
the console's new group buy form with the chat's example, "Example: /groupbuy Pin price 500⭐", and with
options (多规格) beside the empty Price field. It now says what to write in the field, in the page's
language, beside the field that holds the price: Price, or Options."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form

FORM = {"chat": "family", "title": "Pin", "target": "3", "deadline": "3d"}


def _beside(page: str) -> dict[str, str]:
    found = re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page)
    return {name: html.unescape(text) for name, text in found}


async def test_a_stars_price_too_high_says_what_to_write_in_its_field(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        zh = await post_form(client, "/group-buys/new", {**FORM, "price": "20000⭐"})

        assert zh.status_code == 422
        assert _beside(zh.text) == {
            "price": "一笔 Telegram 星星付款最多 10000⭐，所以星星单价最多 10000⭐："
            "请写 10000⭐ 以内的价格，例如 500⭐。"
        }
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**FORM, "price": "20000⭐"})
        assert en.status_code == 422
        assert _beside(en.text) == {
            "price": "One Telegram Stars payment carries at most 10000⭐, so a price in Stars must be at "
            "most 10000⭐: write one up to 10000⭐, e.g. 500⭐."
        }
        options = await post_form(client, "/group-buys/new", {**FORM, "options": "big:20000⭐, small:5⭐"})
        assert options.status_code == 422
        assert list(_beside(options.text)) == ["options"]
        assert "/groupbuy" not in en.text + options.text and "接龙" not in zh.text
        assert len(await world.outbox_rows()) == before  # nothing opened

"""Review (session 20): a price of only its unit, `/斤` (`per kg`, `元/斤`), was refused as "“” is not a
price I can read" (an empty quote: the unit taken off, nothing left to quote) or "“元” is not a price",
in the console's new group buy form and in the chat alike. Each now quotes the price as typed, says its
amount is missing and what to write: the field's `15/斤`, the chat's `价格 15/斤`."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

FORM = {"chat": "family", "title": "Lychees", "price": "88", "target": "3", "deadline": "3d"}


def _beside(page: str) -> dict[str, str]:
    found = re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page)
    return {name: html.unescape(text) for name, text in found}


async def test_the_console_form_says_the_prices_amount_is_missing(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        zh = await post_form(client, "/group-buys/new", {**FORM, "price": "/斤"})

        assert zh.status_code == 422
        assert _beside(zh.text)["price"] == "价格“/斤”没有写金额：请写上金额，例如 15/斤。"
        yuan = await post_form(client, "/group-buys/new", {**FORM, "price": "元/斤"})
        assert _beside(yuan.text)["price"] == "价格“元/斤”没有写金额：请写上金额，例如 15元/斤。"
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**FORM, "price": "per kg"})
        assert en.status_code == 422
        assert _beside(en.text)["price"] == "The price “per kg” has no amount: write one in, e.g. 15 per kg."
        sign = await post_form(client, "/group-buys/new", {**FORM, "price": "¥/kg"})
        assert _beside(sign.text)["price"] == "The price “¥/kg” has no amount: write one in, e.g. ¥15/kg."
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_chat_says_the_prices_amount_is_missing() -> None:
    chat = fake_chat()

    zh = Chat.said(await chat.say("amy", "接龙 荔枝 价格 /斤 成团 2"))
    en = Chat.said(await chat.say("amy", "/groupbuy Lychees price per kg target 2"))

    assert zh == "价格“/斤”没有写金额。请这样写：价格 15/斤"
    assert en == "The price “per kg” has no amount. Write it like: price 15 per kg"

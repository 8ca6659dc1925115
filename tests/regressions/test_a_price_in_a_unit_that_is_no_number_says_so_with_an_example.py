"""Session 21 (B3): a price in a unit whose amount is no number (`价格 abc/斤`, `price abc per kg`) was
refused as "“abc” is not a price I can read. Write it like: price 88…": the unit cut off the quote and
gone from the example, as if `abc` alone had been typed. It now quotes the price as typed, says its amount
is not a number, and gives an example in the unit typed (`价格 15/斤`, the currency kept: `15元/斤`), in the
chat and the console's form alike; a price in no unit reads as before."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

FORM = {"chat": "family", "title": "Lychees", "price": "88", "target": "3", "deadline": "3d"}


async def test_the_chat_says_the_amount_is_no_number() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 梨 价格 12/斤")

    zh = Chat.said(await chat.say("amy", "接龙 荔枝 价格 abc/斤 成团 2"))
    yuan = Chat.said(await chat.say("amy", "接龙 荔枝 价格 abc元/斤"))
    en = Chat.said(await chat.say("amy", "/groupbuy Lychees price abc per kg target 2"))
    edit = Chat.said(await chat.say("amy", "修改 #1 价格 abc/斤"))
    plain = Chat.said(await chat.say("amy", "接龙 荔枝 价格 abc"))

    assert zh == "价格“abc/斤”的金额不是数字。请这样写：价格 15/斤"
    assert yuan == "价格“abc元/斤”的金额不是数字。请这样写：价格 15元/斤"
    assert en == "The amount of the price “abc per kg” is not a number. Write it like: price 15 per kg"
    assert edit == "价格“abc/斤”的金额不是数字。请这样写：价格 15/斤"
    assert plain == "“abc”不是有效的价格。请这样写：价格 88、价格 88.5 或 价格 ¥88"


async def test_the_console_form_says_it_too(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        zh = await post_form(client, "/group-buys/new", {**FORM, "price": "abc/斤"})
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**FORM, "price": "¥abc/kg"})

    assert zh.status_code == en.status_code == 422
    beside = {
        lang: dict(re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page.text))["price"]
        for lang, page in (("zh", zh), ("en", en))
    }
    assert html.unescape(beside["zh"]) == "价格“abc/斤”的金额不是数字：请写成数字，例如 15/斤。"
    assert (
        html.unescape(beside["en"])
        == "The amount of the price “¥abc/kg” is not a number: write it in digits, e.g. ¥15/kg."
    )

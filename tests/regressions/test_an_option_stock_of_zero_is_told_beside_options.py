"""Review (session 20): an option's stock of 0 (`a:1:0`) in the console's new group buy form was answered
beside the Stock field, "write one in Stock, e.g. 50", which the form leaves empty with options, and in
the chat as the group buy's stock, "Example: 库存 50". Each now names the option, is said beside
Options and says what to write there (its stock after its price, or none for no cap)."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.handlers.conftest import Chat, fake_chat

FORM = {"chat": "family", "title": "Mangoes", "target": "3", "deadline": "3d", "options": "大:58:0, 小:38"}


def _beside(page: str) -> dict[str, str]:
    found = re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page)
    return {name: html.unescape(text) for name, text in found}


async def test_the_console_says_an_option_stock_of_zero_beside_options(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        zh = await post_form(client, "/group-buys/new", FORM)

        assert zh.status_code == 422
        assert _beside(zh.text) == {
            "options": "规格 大 的库存须为 1 到 999900 的整数（你填的是 0）：请在“规格”一栏它的价格后面写，"
            "例如 3斤:58:20, 5斤:88；不写就是不限库存。"
        }
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**FORM, "options": "big:58:0, small:38"})
        assert en.status_code == 422
        assert _beside(en.text) == {
            "options": "The option big's stock must be a whole number from 1 to 999900 (you wrote 0): "
            "write it after its price in Options, e.g. 3kg:58:20, 5kg:88, or leave it off for no cap."
        }
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_chat_says_an_option_stock_of_zero_is_the_options() -> None:
    chat = fake_chat()

    zh = Chat.said(await chat.say("amy", "接龙 芒果 规格 大:58:0,小:38"))
    en = Chat.said(await chat.say("amy", "/groupbuy Mangoes options big:58:0,small:38"))

    assert zh == (
        "规格 大 的库存须为 1 到 999900 的整数（你写的是 0）：写在它的价格后面，"
        "例如 规格 3斤:58:20,5斤:88；不写就是不限库存。"
    )
    assert en == (
        "The option big's stock must be a whole number from 1 to 999900 (you wrote 0): write it after its "
        "price, e.g. options 3kg:58:20,5kg:88, or leave it off for no cap."
    )

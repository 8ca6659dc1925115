"""Review (session 20, N3): on the console's group buy form an option without a price (`大`) was answered
with the chat's command, "例如：接龙 芒果 规格 3斤:58,5斤:88:20 成团 10" / "Example: /groupbuy Mangoes
options …", and a price of 0 (`大:0`) with "看不懂规格 大 的价格“0”", though 0 was read well: it is not
above 0. Both are now said beside Options in the field's own form; the chat says 0 is no price too."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, post_form
from tests.unit.handlers.conftest import fake_chat

FORM = {"chat": "family", "title": "Mangoes", "price": "", "target": "3", "deadline": "3d"}


async def test_an_option_without_a_price_or_priced_0_is_said_beside_options(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")
        before = len(await world.outbox_rows())

        no_price = await post_form(client, "/group-buys/new", {**FORM, "options": "大"})
        zero = await post_form(client, "/group-buys/new", {**FORM, "options": "大:0, 小:10"})
        client.cookies.set("lang", "en")
        zero_en = await post_form(client, "/group-buys/new", {**FORM, "options": "large:0, small:10"})

        assert (no_price.status_code, zero.status_code, zero_en.status_code) == (422, 422, 422)
        assert field_errors(no_price.text)["options"] == (
            "规格请写成 名称:价格，有单独库存的在价格后面加 :库存，"
            "规格之间用逗号隔开，例如 3斤:58, 5斤:88:20。"
        )
        assert field_errors(zero.text)["options"] == (
            "规格 大 的价格必须大于 0（你填的是“0”）：请写成 名称:价格，例如 3斤:58, 5斤:88.50。"
        )
        assert field_errors(zero_en.text)["options"] == (
            "The option large's price must be above 0 (you wrote “0”): write name:price, "
            "e.g. 3kg:58, 5kg:88.50."
        )
        assert "接龙" not in no_price.text and "/groupbuy" not in zero_en.text
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_chat_says_an_option_priced_0_is_no_price() -> None:
    chat = fake_chat()

    replies = await chat.say("amy", "接龙 芒果 规格 大:0,小:10")

    assert chat.said(replies) == "规格 大 的价格必须大于 0（你写的是“0”）。例如：规格 3斤:58,5斤:88.50"

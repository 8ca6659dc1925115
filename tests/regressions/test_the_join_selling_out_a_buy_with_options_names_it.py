"""rep81 #12d, rep82 #9: the join that took the last unit of a group buy with options said only `🈵 已售罄！`
(the stock its options share) or `🈵 small is sold out!` (the last option, with large already gone: on
storage the other options' counts were not read with the chat's open group buys). It now names the
product, as the whole group buy is sold out: `🈵 月饼 已售罄！`, `🈵 Jam is sold out!`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.unit.bot.playground_api import playground_api
from tests.unit.handlers.conftest import fake_chat


def _said(answer: dict[str, Any]) -> list[str]:
    return [reply["text"] for reply in answer["replies"] if reply["text"] and not reply["card_of"]]


async def test_the_last_unit_of_a_shared_stock_names_the_product() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 规格 大盒:88:2,小盒:48 库存 3")
    await chat.say("tom", "+2 小盒", name="Tom")

    said = chat.said(await chat.say("sam", "+1 大盒", name="Sam"))

    assert said == "Sam 跟团：1 × 月饼 大盒（#1）。大盒 现价 ¥88/份。🈵 月饼 已售罄！", said


async def test_in_english_the_shared_stock_names_the_product() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mooncakes options big:88:2,small:48 stock 3")
    await chat.say("tom", "+2 small", name="Tom")

    said = chat.said(await chat.say("sam", "+1 big", name="Sam"))

    assert said.endswith("🈵 Mooncakes is sold out!"), said


async def test_an_option_sold_out_while_another_is_left_still_names_the_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 月饼 规格 大盒:88:2,小盒:48 库存 5")

    said = chat.said(await chat.say("sam", "+2 大盒", name="Sam"))

    assert said.endswith("🈵 大盒 已售罄！"), said


async def test_on_sqlite_the_last_option_of_a_help_sold_buy_names_the_product(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("g_en", "amy", "/lang en")
        await api.say("g_en", "amy", "/groupbuy Jam options small:10:3,large:20:2 deadline 2h")
        await api.say("g_en", "amy", "/helpsell on 10%")
        await api.say("g_bob", "bob", "/lang en")
        await api.say("g_bob", "bob", "/helpsell #1")
        large = _said(await api.say("g_en", "cat", "+2 large"))
        assert large == ["Cat is in: 2 × Jam large (#1). Large: now ¥20 each. 🈵 large is sold out!"]

        said = _said(await api.say("g_bob", "lia", "+3 small"))

        assert said == ["Lia is in: 3 × Jam small (#1). Small: now ¥10 each. 🈵 Jam is sold out!"]


async def test_on_sqlite_in_its_own_group_too(tmp_path: Path) -> None:
    async with playground_api(tmp_path) as api:
        await api.say("qun", "amy", "接龙 果酱 规格 小:10:3,大:20:2 截止 2小时")
        await api.say("qun", "cat", "+2 大")

        said = _said(await api.say("qun", "lia", "+3 小"))

        assert said == ["Lia 跟团：3 × 果酱 小（#1）。小 现价 ¥10/份。🈵 果酱 已售罄！"]

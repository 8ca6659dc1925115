"""Review 32: #3 大米 ¥60 → ¥12.5 (÷4.8) after Cat joined was applied at once and could never go back
up; only a drop of 5 times or more asked first. From 1/3 or less (one constant, `DROP_CONFIRM_FACTOR`)
it is now confirmed first, nothing changed: in the chat's `修改 #3 价格 12.5` and the console's edit form
(its 确认降价 box) alike; a smaller drop is applied at once."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "typed", "asked"),
    [
        ("zh", "修改 #1 价格 12.5", "价格从 ¥60 降到 ¥12.50（约为原来的 1/5），"
         "已经有人跟团，降了就不能再涨回去。确认就发 修改 #1 价格 12.5 确认"),
        ("zh", "修改 #1 价格 20", "价格从 ¥60 降到 ¥20（原来的 1/3），已经有人跟团，降了就不能再涨回去。"
         "确认就发 修改 #1 价格 20 确认"),
        ("en", "/edit #1 price 20", "The price would go from ¥60 down to ¥20 (1/3 of what it was)."),
    ],
)  # fmt: skip
async def test_the_chat_asks_from_a_third(lang: str, typed: str, asked: str) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", "开团 大米 价格 60" if lang == "zh" else "/groupbuy Rice price 60")
    await chat.say("cat", "+1")
    said = chat.said(await chat.say("amy", typed))
    assert said.startswith(asked), said
    assert "¥60" in await chat.card()  # nothing changed


async def test_the_chat_applies_a_drop_above_a_third() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 大米 价格 60")
    await chat.say("cat", "+1")
    said = chat.said(await chat.say("amy", "修改 #1 价格 21"))
    assert said == "已修改 大米（#1）：价格 ¥21。\n改价：¥60 → ¥21，所有人按新价"


@pytest.mark.parametrize(
    ("lang", "warned"),
    [("zh", "价格从 ¥60 降到 ¥12.50"), ("en", "from ¥60 down to ¥12.50")],
)
async def test_the_console_asks_from_a_third(tmp_path: Path, lang: str, warned: str) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Rice price 60 target 3")
        gid = int(next(r.card_of for r in replies if r.card_of))
        await world.say("family", "cat", "+1")
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        form = await form_of(amy, f"/group-buys/{gid}/edit")
        asked = await post_form(amy, f"/group-buys/{gid}/edit", {**form, "price": "12.5"})
        assert asked.status_code == 422
        assert warned in field_errors(asked.text)["price"]
        assert 'name="confirm_price_drop" value="12.5"' in asked.text
        assert "¥60" in html.unescape((await amy.get(f"/group-buys/{gid}")).text)
        ticked = {**form, "price": "12.5", "confirm_price_drop": "12.5"}
        assert (await post_form(amy, f"/group-buys/{gid}/edit", ticked)).status_code == 303
        assert (await form_of(amy, f"/group-buys/{gid}/edit"))["price"] == "12.50"

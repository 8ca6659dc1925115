"""s24 item Y2.2: the chat asks before a price drops 10 times or more once people joined (`修改 #1 价格 1`
→ confirm with `确认`), but the console's edit form lowered it at once. The form now shows the same
warning beside the price, in the page's words (a box to tick, never a chat command), nothing changed;
saved again with the box ticked for that price, the price drops."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

WARNING = {
    "en": "The price would go from ¥10 down to ¥1 (1/10 of what it was). People have joined, so it "
    "could never go back up; nothing was changed. "
    "To lower it anyway, tick “Yes, lower the price” below and save again.",
    "zh": "价格从 ¥10 降到 ¥1（原来的 1/10），已经有人跟团，降了就不能再涨回去，没有任何改动。"
    "确认要降，请勾选下面的“确认降价”再保存。",
}
COMMAND_WORDS = ("/edit", "修改 #", "确认就发", "confirm\n")


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_the_consoles_steep_price_drop_asks_to_confirm(tmp_path: Path, language: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=3)
        await world.say("family", "bob", "+2")
        client = await world.member("amy")
        client.cookies.set("lang", language)
        page = (await client.get(f"/group-buys/{gid}/edit")).text
        form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page))
        form.pop("csrf")
        before = len(await world.outbox_rows())

        asked = await post_form(client, f"/group-buys/{gid}/edit", {**form, "price": "1"})
        assert asked.status_code == 422
        said = dict(re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', asked.text))
        assert html.unescape(said.get("price", "")) == WARNING[language], said
        assert not any(word in html.unescape(said["price"]) for word in COMMAND_WORDS)
        assert 'name="confirm_price_drop" value="1"' in asked.text
        assert len(await world.outbox_rows()) == before  # nothing changed, nothing told

        # ticked for another price than the one saved: asked again, still nothing changed
        other = await post_form(
            client, f"/group-buys/{gid}/edit", {**form, "price": "0.5", "confirm_price_drop": "1"}
        )
        assert other.status_code == 422 and 'name="confirm_price_drop" value="0.5"' in other.text
        assert len(await world.outbox_rows()) == before

        done = await post_form(
            client, f"/group-buys/{gid}/edit", {**form, "price": "1", "confirm_price_drop": "1"}
        )
        assert done.status_code == 303
        shown = (await client.get(f"/group-buys/{gid}/edit")).text
        assert 'name="price" value="1.00"' in shown
        assert len(await world.outbox_rows()) > before  # the group is told of the lower price

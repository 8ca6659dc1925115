"""Review (session 20): copying (再开一团 / Open again) a group buy priced above a maximum price lowered
since (`TUAN_MAX_UNIT_PRICE`) was refused with the price's own text, "is there a digit too many? Write a
price up to ¥50", beside the console's Chat field, on a copy form that has no Price field (the chat's
`/copy` said "Example: price 88"). Each now says a copy cannot keep that price and what to do: open it
anew with a lower price (the console: from New group buy, its fields filled in but the price)."""

from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from tests.unit.bot.console.console_client import ConsoleWorld, console_world, post_form


async def _closed_at_100(world: ConsoleWorld) -> int:
    """Amy's Mangoes at ¥100 (closed: a copy may open in its chat), then the maximum lowered to ¥50."""
    replies = await world.say("family", "amy", "/groupbuy Mangoes price 100 target 1")
    gid = next(int(r.card_of) for r in replies if r.card_of)
    await world.say("family", "bob", "+1")
    await world.say("family", "amy", "/close")
    world.app.config = dataclasses.replace(world.app.config, max_unit_price=50)
    return gid


async def test_the_console_copy_says_it_cannot_keep_the_price(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _closed_at_100(world)
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        client.cookies.set("lang", "zh")

        zh = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": "3d"})

        assert zh.status_code == 422
        said = re.search(r'<p class="error" role="alert">([^<]*)</p>', zh.text)
        assert said is not None, zh.text
        assert html.unescape(said.group(1)) == (
            f"Mangoes（#{gid}）的单价 ¥100 超过了现在的每份上限 ¥50，再开一团不能沿用这个价格，没有任何改动："
            "请点“开新团”，用 ¥50 以内的价格开一个。"
        )
        assert 'class="field-error"' not in zh.text  # not beside Chat or Deadline
        link = re.search(r'<a class="button" href="([^"]*)">开新团</a>', zh.text)
        assert link is not None, zh.text
        filled = parse_qs(urlsplit(html.unescape(link.group(1))).query)
        assert filled["title"] == ["Mangoes"] and filled["chat"] == ["family"]
        assert "target" not in filled  # target 1 is none: an empty Target (session 21, review 22)
        assert filled["deadline"] == ["3d"] and "price" not in filled
        new_form = await client.get(html.unescape(link.group(1)))
        assert new_form.status_code == 200 and 'value="Mangoes"' in new_form.text

        client.cookies.set("lang", "en")
        en = await post_form(client, f"/group-buys/{gid}/copy", {"chat": "family", "deadline": ""})
        assert en.status_code == 422
        assert (
            f"Mangoes (#{gid}) is priced ¥100, above today&#39;s maximum of ¥50 per unit, so a copy cannot "
            "keep that price: nothing was changed. Open it from New group buy with a price up to ¥50."
        ) in en.text
        assert '">New group buy</a>' in en.text
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_chats_copy_says_it_cannot_keep_the_price(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _closed_at_100(world)

        zh = "\n".join(r.text for r in await world.say("family", "amy", f"再开一团 #{gid}"))

        assert zh == (
            f"Mangoes（#{gid}）的单价 ¥100 超过了现在的每份上限 ¥50，再开一团不能沿用这个价格，没有任何改动。"
            "请用 ¥50 以内的价格重新开团，例如：接龙 Mangoes 价格 50"
        )

"""Review (session 18): raising the price of a group buy nobody had joined (a price typed too low at
opening) was refused "Prices may only go down, never up (people joined at ¥42)": nobody had, and the
console's form says a price only goes down once people joined. Before anyone joins it may now go up
(the group reads the change as any other); once someone joined, it only goes down, as before."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form


async def test_a_price_goes_up_before_anyone_joins_and_only_down_after(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes")  # ¥10
        raised = await world.say("family", "amy", f"/edit #{gid} price 50")
        assert [r.text for r in raised if r.text] == [
            f"Updated Mangoes (#{gid}): price ¥50.\nThe price went from ¥10 to ¥50 (5 times what it was). "
            f"If that was a typo, send /edit #{gid} price 10"
        ]
        again = await world.say("family", "amy", f"修改 #{gid} 价格 60")
        assert [r.text for r in again if r.text] == [f"已修改 Mangoes（#{gid}）：价格 ¥60。\n改价：¥50 → ¥60"]
        client = await world.member("amy")
        page = (await client.get(f"/group-buys/{gid}/edit")).text
        assert "once people joined" in page  # what the form's help says is what it does
        form = dict(re.findall(r'name="(\w+)" value="([^"]*)"', page)) | {"price": "70"}
        form.pop("csrf")
        await world.say("family", "bob", f"+1 #{gid}")
        refused = await world.say("family", "amy", f"/edit #{gid} price 70")
        assert [r.text for r in refused] == [
            "Prices may only go down, never up (people joined at ¥60): ¥70 is refused. Nothing was changed."
        ]
        posted = await post_form(client, f"/group-buys/{gid}/edit", form)
        assert posted.status_code == 422
        assert re.findall(r'field-error">([^<]*)<', posted.text) == [
            "Prices may only go down, never up (people joined at ¥60): ¥70 is refused. Nothing was changed."
        ]
        async with world.app.uow_factory() as uow:
            group_buy = await uow.group_buys.get(gid)
        assert group_buy is not None and group_buy.terms.unit_price == 6000

"""Review 34, finding 7: a code checked twice in the Chinese console, for an English group's order,
answered "取货码 3803 已经用过了：Ann 的订单 #5-1 已于 Sun 6 Dec 20:13 由 管理员 dan 核销提货": the date
in the group's language inside the page's sentence. The date now speaks the page's language, as every
other console date does (`12月6日 周日 20:13`; an English page reads `Sun 6 Dec 20:13` of a Chinese group)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

USED = {
    "zh": r"Bob 的订单 #\d+-1 已于 \d+月\d+日 周[一二三四五六日] \d\d:\d\d 由 管理员 dan 核销提货",
    "en": r"picked up (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ [A-Z][a-z]{2} \d\d:\d\d, handed over by Admin dan",
}


@pytest.mark.parametrize(("page", "chat"), [("zh", "en"), ("en", "zh")])
async def test_the_repeat_pickup_answer_dates_in_the_pages_language(
    tmp_path: Path, page: str, chat: str
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", f"/lang {chat}")
        gid = await world.open_group_buy("family", "amy", "Rice", target=1)
        await world.say("family", "bob", "+1")
        await world.say("family", "amy", "/close")
        await world.say("family", "amy", f"/paid {gid}-1")
        async with world.app.uow_factory() as uow:
            code = (await uow.orders.for_group_buy(gid))[0].pickup_code or ""
        dan = await world.admin("dan")
        dan.cookies.set("lang", page)
        first = await post_form(dan, "/pickup", {"code": code, "group_buy": str(gid)})
        assert first.status_code == 200, first.text

        again = await post_form(dan, "/pickup", {"code": code, "group_buy": str(gid)})

        text = html.unescape(again.text)
        assert again.status_code == 422 and re.search(USED[page], text), text

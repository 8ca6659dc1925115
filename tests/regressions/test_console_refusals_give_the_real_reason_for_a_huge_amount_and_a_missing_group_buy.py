"""Review 98 #9 (the rest): 99999999999999 typed beside 只收到 on #2-2 (¥16) was answered
`“99999999999…”不是金额`: it is an amount, only more than the order; the page now says so and the most it
can be (less than what is still to pay). An admin's `/pickup` with 团号 `99` or `abc` read
`没有这个团（或不是你的）`: an admin reaches every group buy, so `99` is said not to exist and `abc` not to
be a number, never "not yours"."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form

TOO_LARGE = {
    "zh": "#{n} 没有记下：“99999999999…”比这单应付的 ¥30 还多。只收到的金额要少于还差的 ¥30，例如 ¥15；"
    "全部收到了就点这一行的“已收”。没有任何改动。",
    "en": "Nothing recorded for #{n}: “99999999999…” is more than the order's ¥30. The amount received must"
    " be less than the ¥30 still to pay, e.g. ¥15; if all of it came, click this row's Mark paid. Nothing was"
    " changed.",
}
NO_SUCH = {
    "zh": "没有这个团：请填一个已有的团号，例如 12。",
    "en": "There is no such group buy: give the number of one there is, e.g. 12.",
}
NOT_NUMBER = {"zh": "团号只填数字，例如 12。", "en": "A group buy's number is digits only, e.g. 12."}


def flash_of(page: str) -> str:
    found = re.search(r'<p class="flash[^"]*" role="status">(.*?)</p>', page, re.S)
    return html.unescape(found.group(1)) if found else ""


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_huge_part_received_is_said_to_be_more_than_the_order(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes", target=1)
        await world.say("family", "bob", "+3")  # ¥30
        await world.say("family", "amy", "/close")
        number = f"{gid}-1"
        root = await world.admin()
        root.cookies.set("lang", lang)
        huge = "99999999999999"
        answer = await post_form(root, "/orders/paid", {"part": number, f"part_{number}": huge})
        assert answer.status_code == 303
        assert flash_of((await root.get("/orders")).text) == TOO_LARGE[lang].format(n=number)
        async with world.app.uow_factory() as uow:
            [order] = await uow.orders.for_group_buy(gid)
        assert order.received_amount == 0  # nothing recorded


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_admins_pickup_form_never_says_not_yours(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.mangoes_paid()
        root = await world.admin()
        root.cookies.set("lang", lang)
        for typed, said in (("99", NO_SUCH), ("abc", NOT_NUMBER)):
            page = await post_form(root, "/pickup", {"code": "1234", "group_buy": typed})
            assert page.status_code == 422
            found = re.search(r'<p id="group-buy-error" class="field-error">([^<]*)</p>', page.text)
            assert found is not None and html.unescape(found.group(1)) == said[lang]
            assert "或不是你的" not in page.text and "of yours" not in page.text

"""s38 closing (money): a console refund whose Option names one the group buy does not sell (a hand-made
form: its select offers only the order's options) was answered as part of a refund asked in words (`退一部分
请把金额填在“退款金额”一栏…`). Now the form is shown again, 422, saying the group buy has no such option and
what it sells (a group buy without options: that it has none), nothing changed."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from commerce.domain.order import OrderStatus
from tests.unit.bot.console.console_client import console_world, post_form

NOT_SOLD = {
    "zh": "团 #1 粽子 没有“礼盒”这个规格，只卖 大盒 / 小盒，没有任何改动。请选这单有的规格；或清空规格、"
    "在退款金额里填金额（不填就整单退）。",
    "en": "Group buy #1 粽子 has no option “礼盒”; it sells 大盒 / 小盒. Nothing was changed. Pick one of "
    "this order's options, or clear the option and fill in an Amount (leave it empty to refund the whole "
    "order).",
}
NO_OPTIONS = {
    "zh": "团 #1 粽子 不分规格，没有“large”可退，没有任何改动。"
    "请清空规格、在退款金额里填金额（不填就整单退）。",
    "en": "Group buy #1 粽子 has no options, so there is no “large” to refund. Nothing was changed. "
    "Clear the option and fill in an Amount, or leave it empty to refund the whole order.",
}


async def _refused(world, lang: str, option: str) -> str:  # type: ignore[no-untyped-def]
    client = await world.member("amy")
    client.cookies.set("lang", lang)
    sent = await post_form(
        client, "/orders/refund", {"order": "1-1", "confirm": "yes", "option": option, "count": "1"}
    )
    assert sent.status_code == 422
    async with world.app.uow_factory() as uow:
        [bob, *_] = await uow.orders.for_group_buy(1)
    assert (bob.status, bob.refunded_part, bob.refunded_units) == (OrderStatus.PAID, 0, {})
    return html.unescape(sent.text)


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_option_the_group_buy_does_not_sell_is_named_with_those_it_sells(
    tmp_path: Path, lang: str
) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 规格 大盒:15,小盒:10 成团 2")
        await world.say("family", "bob", "大盒+2")
        await world.say("family", "cat", "小盒+1")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "已收 1-1")

        page = await _refused(world, lang, "礼盒")

    assert NOT_SOLD[lang] in page, page
    assert 'id="count-error"' in page
    assert "退一部分" not in page and "To refund part of it" not in page


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_option_of_a_group_buy_without_options_says_it_has_none(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        await world.say("family", "amy", "接龙 粽子 价格 30 成团 1")
        await world.say("family", "bob", "+2")
        await world.say("family", "amy", "截单 #1")
        await world.say("family", "amy", "已收 1-1")

        page = await _refused(world, lang, "large")

    assert NO_OPTIONS[lang] in page, page

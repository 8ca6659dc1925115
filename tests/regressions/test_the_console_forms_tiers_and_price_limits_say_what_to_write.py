"""Review (session 20), after the price and the target: the console's new group buy form still answered
a tier above the stock, a tier starting at 1, price tiers given to options, a price above the maximum
and the same group buy opened twice with the chat's examples ("例如：库存 50 阶梯 10:78,20:68",
"Example: tiers 10:78,20:68", "Example: price 88", "To change it: /edit #2"). Each now says what to
write in the form's fields, or which button to press, in the page's language, no chat command."""

from __future__ import annotations

import html
import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, post_form

FORM = {"chat": "family", "title": "Mangoes", "price": "88", "target": "3", "deadline": "3d"}


def _said(page: str) -> dict[str, str]:
    beside = re.findall(r'<p id="(\w+)-error" class="field-error">([^<]*)</p>', page)
    above = re.findall(r'<p class="error" role="alert">([^<]*)</p>', page)
    return {name: html.unescape(text) for name, text in [*beside, *(("_form", a) for a in above)]}


async def test_tiers_and_a_price_above_the_maximum_say_what_to_write(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("garden", "amy", "Plums")  # she organises: the console lets her in
        await world.say("family", "amy", "hello")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        client.cookies.set("lang", "zh")

        above = await post_form(client, "/group-buys/new", {**FORM, "stock": "5", "tiers": "10:78"})
        one = await post_form(client, "/group-buys/new", {**FORM, "tiers": "1:78"})
        options = {**FORM, "price": "", "options": "3kg:58, 5kg:88", "tiers": "10:50"}
        priced = await post_form(client, "/group-buys/new", options)
        dear = await post_form(client, "/group-buys/new", {**FORM, "price": "9999999"})

        assert {above.status_code, one.status_code, priced.status_code, dear.status_code} == {422}
        assert _said(above.text)["tiers"] == (
            "阶梯从 10 份开始，但库存只有 5 份，这个价格永远达不到："
            "请把阶梯的数量改到库存以内，或把“库存”填大。"
        )
        assert _said(one.text)["tiers"] == "阶梯从 1 份开始不对：每一档的数量都要大于 1，并且比上一档多。"
        assert _said(priced.text)["tiers"] == (
            "有规格时，阶梯是每个规格每份减多少：请把“10:50”写成 数量:-金额，例如 10:-5, 20:-10"
            "（总数满 10 份，每份减 ¥5）。"
        )
        assert _said(dear.text)["price"] == (
            "单价 ¥9,999,999 超过了每份上限 ¥100,000：是不是多打了一位数？请写 ¥100,000 以内的价格，例如 88。"
        )
        client.cookies.set("lang", "en")
        above = await post_form(client, "/group-buys/new", {**FORM, "stock": "5", "tiers": "10:78"})
        one = await post_form(client, "/group-buys/new", {**FORM, "tiers": "1:78"})
        priced = await post_form(client, "/group-buys/new", options)
        dear = await post_form(client, "/group-buys/new", {**FORM, "price": "9999999"})
        assert _said(above.text)["tiers"] == (
            "A tier starts at 10 units, but the stock is only 5, so that price could never be reached: "
            "start each tier within the stock, or raise Stock."
        )
        assert _said(one.text)["tiers"] == (
            "A tier starts at 1, but each tier must start above 1 and above the tier before it."
        )
        assert _said(priced.text)["tiers"] == (
            "With options a tier takes an amount off every option's price: write “10:50” as "
            "quantity:-amount, e.g. 10:-5, 20:-10 (from 10 units in total, ¥5 less a unit)."
        )
        assert _said(dear.text)["price"] == (
            "A unit price of ¥9,999,999 is above the maximum of ¥100,000 per unit: is there a digit too "
            "many? Write a price up to ¥100,000, e.g. 88."
        )
        assert len(await world.outbox_rows()) == before  # nothing opened


async def test_the_same_group_buy_opened_twice_names_its_pages_change(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await world.open_group_buy("family", "amy", "Mangoes")
        client = await world.member("amy")
        client.cookies.set("lang", "zh")

        zh = await post_form(client, "/group-buys/new", {**FORM, "price": "10", "target": "2"})

        assert zh.status_code == 422
        assert _said(zh.text)["_form"] == (
            f"你刚开了 Mangoes（#{gid}），它还在接龙，这次没有再开一个团（同一个团开了两次？）。"
            "要改它，请在它的页面点“修改”；真要再开一个，请换个标题。"
        )
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**FORM, "price": "10", "target": "2"})
        assert en.status_code == 422
        assert _said(en.text)["_form"] == (
            f"You opened Mangoes (#{gid}) a moment ago and it is still open: this did not open another one "
            "(the same group buy opened twice?). To change it, use Change on its page; to open a second "
            "one, give it another title."
        )

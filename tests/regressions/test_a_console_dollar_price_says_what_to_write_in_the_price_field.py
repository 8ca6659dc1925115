"""Review: a price typed with a bare `$` on the console's New group buy form (`$20`, prices here in ¥) was
refused above the form with the chat's advice, in English on a Chinese page: `…没有开团。按 ¥ 开团请发：
/groupbuy 西瓜 price 20（或 /groupbuy 西瓜 price ¥20）；要用美元请加上 币种 USD…`, and the Change form's
`…add currency USD… e.g. price 3 currency USD`: the form has no currency field, and `20 币种 USD` typed
in Price was refused as no price. Now the refusal is beside Price, in the page's language, and says what to
write there: `20` or `¥20` for ¥, `US$20` for US dollars (as the chat's `price US$20`, it opens in US$),
and writing it works. On a group buy people joined, whose currency stays, it says to leave out the `$`."""

from __future__ import annotations

import re
from pathlib import Path

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form

PRICE = re.compile(r'<dt>Price</dt><dd class="detail">([^<]*)</dd>')  # the group buy's page, in English
NEW = {"chat": "family", "title": "西瓜", "target": "2", "deadline": "3d"}
NEW_ZH = (
    "价格“$20”里有美元符号 $，但这里的价格用 ¥（CNY），没有任何改动：按 ¥ 标价请写成 20 或 ¥20；"
    "要用美元请写成 US$20（新加坡元：S$20）。"
)
NEW_EN = (
    "The price “$20” has a $ sign, but prices here are in ¥ (CNY): nothing was changed. For ¥, write it as "
    "20 or ¥20; for US dollars, as US$20 (Singapore dollars: S$20)."
)
EDIT_ZH = (
    "价格“$8”里有美元符号 $，但这里的价格用 ¥（CNY），没有任何改动：按 ¥ 标价请写成 8 或 ¥8；"
    "要用美元请写成 US$8（新加坡元：S$8）。"
)
EDIT_EN = (
    "The price “$8” has a $ sign, but prices here are in ¥ (CNY): nothing was changed. For ¥, write it as 8 "
    "or ¥8; for US dollars, as US$8 (Singapore dollars: S$8)."
)
JOINED_ZH = (
    "价格“$8”里有美元符号 $，但这个团用 ¥（CNY）标价，已经有人跟团，币种不能改，没有任何改动。"
    "要改价就去掉 $，用 ¥。"
)
JOINED_EN = (
    "The price “$8” has a $ sign, but this group buy is priced in ¥ (CNY) and people have joined, so its "
    "currency cannot change: nothing was changed. To change the price, leave out the $ and give it in ¥."
)


async def test_the_new_form_says_what_to_write_in_price_and_it_opens(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await world.open_group_buy("family", "amy", "Plums")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        client.cookies.set("lang", "zh")
        zh = await post_form(client, "/group-buys/new", {**NEW, "price": "$20"})
        client.cookies.set("lang", "en")
        en = await post_form(client, "/group-buys/new", {**NEW, "title": "Melons", "price": "$20"})

        assert (zh.status_code, en.status_code) == (422, 422)
        assert field_errors(zh.text) == {"price": NEW_ZH}
        assert field_errors(en.text) == {"price": NEW_EN}
        assert len(await world.outbox_rows()) == before  # nothing opened

        in_dollars = await post_form(client, "/group-buys/new", {**NEW, "price": "US$20"})
        in_yuan = await post_form(client, "/group-buys/new", {**NEW, "title": "Melons", "price": "¥20"})
        assert (in_dollars.status_code, in_yuan.status_code) == (303, 303)
        dollars_page = await client.get(in_dollars.headers["location"])
        yuan_page = await client.get(in_yuan.headers["location"])
        assert PRICE.findall(dollars_page.text) == ["$20 each"]  # in US dollars
        assert PRICE.findall(yuan_page.text) == ["¥20 each"]


async def test_the_change_form_says_what_to_write_in_price(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        group_buy_id = await world.open_group_buy("family", "amy", "Plums")
        joined_id = await world.open_group_buy("family", "amy", "Pears")
        await world.say("family", "bob", f"+1 #{joined_id}")
        client = await world.member("amy")
        before = len(await world.outbox_rows())
        path, joined = f"/group-buys/{group_buy_id}/edit", f"/group-buys/{joined_id}/edit"
        answers = {}
        for lang in ("zh", "en"):
            client.cookies.set("lang", lang)
            answers[lang] = await post_form(client, path, {**await form_of(client, path), "price": "$8"})
            answers[f"joined {lang}"] = await post_form(
                client, joined, {**await form_of(client, joined), "price": "$8"}
            )

        assert {name: answer.status_code for name, answer in answers.items()} == dict.fromkeys(answers, 422)
        assert field_errors(answers["zh"].text) == {"price": EDIT_ZH}
        assert field_errors(answers["en"].text) == {"price": EDIT_EN}
        assert field_errors(answers["joined zh"].text) == {"price": JOINED_ZH}
        assert field_errors(answers["joined en"].text) == {"price": JOINED_EN}
        assert len(await world.outbox_rows()) == before  # nothing changed

        following = await post_form(client, path, {**await form_of(client, path), "price": "US$8"})
        assert following.status_code == 303
        assert PRICE.findall((await client.get(f"/group-buys/{group_buy_id}")).text) == ["$8 each"]

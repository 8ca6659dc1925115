"""Review 57 #1: on Apples #4, priced in USD in a ¥ shop, the console's Edit price `¥12` made it "$10 → $12"
(and Lisa was told), `/edit #4 price ¥15` set $15, and `/edit #4 price 15 CNY` said "already has these
terms". A price, a tier or an option's price naming another currency than the one the group buy's prices
are in (`¥15`, `15 CNY`, `15 元`, `10:¥8`, `price ¥5 currency USD`) is now refused naming its currency,
nothing changed and nobody told; `€12` before anyone joined still moves it to EUR, as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, field_errors, form_of, post_form
from tests.unit.handlers.conftest import fake_chat

OPEN = {"zh": "接龙 苹果 价格 10 usd", "en": "/groupbuy Apples price 10 usd"}
PRICE = {
    "zh": "价格“{value}”不是 $：这里的价格用 $（USD），没有任何改动。请按 $ 写价格，或者不写币种符号。",
    "en": "The price “{value}” is not in $: prices here are in $ (USD), so nothing was changed. "
    "Give the price in $, or with no currency sign.",
}
EDITS = {
    "zh": [("修改 #1 价格 ¥15", "¥15"), ("修改 #1 价格 15 CNY", "15 CNY"), ("修改 #1 价格 15元", "15元")],
    "en": [
        ("/edit #1 price ¥15", "¥15"),
        ("/edit #1 price 15 CNY", "15 CNY"),
        ("/edit #1 price 15 rmb", "15 rmb"),
    ],
}
TIERS = {
    "zh": (
        "修改 #1 阶梯 10:¥8",
        "阶梯“10:¥8”不是 $：这里的价格用 $（USD），没有任何改动。请按 $ 写阶梯价，或者不写币种符号。",
    ),
    "en": (
        "/edit #1 tiers 10:¥8",
        "The tier “10:¥8” is not in $: prices here are in $ (USD), so nothing was changed. "
        "Give the tier prices in $, or with no currency sign.",
    ),
}
OPTIONS = {
    "zh": (
        "接龙 猕猴桃 规格 大:¥5,小:3 币种 USD",
        "规格 大 的价格“¥5”不是 $：这里的价格用 $（USD），没有任何改动。请按 $ 写，或者不写币种符号。",
    ),
    "en": (
        "/groupbuy Kiwis options big:¥5,small:3 currency USD",
        "The price of big, “¥5”, is not in $: prices here are in $ (USD), so nothing was changed. "
        "Give it in $, or with no currency sign.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_chat_edit_in_another_currency_is_refused_naming_the_group_buys(lang: str) -> None:
    room = fake_chat(default_language=lang)
    await room.say("amy", OPEN[lang])
    await room.say("bob", "+1")  # joined: the price stays $10, and Bob is never told of a change

    for typed, value in EDITS[lang]:
        replies = await room.say("amy", typed)
        assert room.said(replies) == PRICE[lang].format(value=value), typed
        assert room.private(replies) == {} and not [r for r in replies if r.card_of], typed
    tiers, refused = TIERS[lang]
    assert room.said(await room.say("amy", tiers)) == refused
    async with room.app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(1)
    assert group_buy is not None
    assert (group_buy.terms.unit_price, group_buy.terms.currency, group_buy.terms.tiers) == (1000, "USD", ())


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_opening_in_another_currency_than_it_names_is_refused(lang: str) -> None:
    room = fake_chat(default_language=lang)
    typed, refused = OPTIONS[lang]
    assert room.said(await room.say("amy", typed)) == refused
    price = "接龙 梨 价格 ¥5 币种 USD" if lang == "zh" else "/groupbuy Pears price ¥5 currency USD"
    assert room.said(await room.say("amy", price)) == PRICE[lang].format(value="¥5")
    async with room.app.uow_factory() as uow:
        assert await uow.group_buys.get(1) is None


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_console_edit_in_another_currency_is_refused_by_its_field(tmp_path: Path, lang: str) -> None:
    async with console_world(tmp_path) as world:
        replies = await world.say("family", "amy", "/groupbuy Apples price 10 usd")
        gid = int(next(r.card_of for r in replies if r.card_of))
        amy = await world.member("amy")
        amy.cookies.set("lang", lang)
        since = len(await world.outbox_rows())
        for typed in ("¥12", "12 CNY"):
            form = await form_of(amy, f"/group-buys/{gid}/edit")
            response = await post_form(amy, f"/group-buys/{gid}/edit", {**form, "price": typed})
            assert response.status_code == 422, typed
            assert field_errors(response.text)["price"] == PRICE[lang].format(value=typed)
        form = await form_of(amy, f"/group-buys/{gid}/edit")
        response = await post_form(amy, f"/group-buys/{gid}/edit", {**form, "tiers": "10:¥8"})
        assert response.status_code == 422
        assert field_errors(response.text)["tiers"] == TIERS[lang][1]
        async with world.app.uow_factory() as uow:
            group_buy = await uow.group_buys.get(gid)
        assert group_buy is not None
        assert (group_buy.terms.unit_price, group_buy.terms.currency, group_buy.terms.tiers) == (
            1000,
            "USD",
            (),
        )
        assert len(await world.outbox_rows()) == since
        assert [e for e in await world.audit_rows() if e["action"] == "group_buy.edit"] == []


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_copy_priced_in_another_currency_is_refused(lang: str) -> None:
    room = fake_chat(default_language=lang)
    await room.say("amy", OPEN[lang] + " target 1")
    await room.say("bob", "+1")
    await room.say("amy", "截单" if lang == "zh" else "/close")

    copy = "再开一团 #1 价格 ¥15" if lang == "zh" else "/copy #1 price ¥15"
    assert room.said(await room.say("amy", copy)) == PRICE[lang].format(value="¥15")
    async with room.app.uow_factory() as uow:
        assert await uow.group_buys.get(2) is None


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_options_price_edit_in_another_currency_is_refused(lang: str) -> None:
    room = fake_chat(default_language=lang)
    opening = (
        "接龙 猕猴桃 规格 大:5,小:3 币种 USD"
        if lang == "zh"
        else "/groupbuy Kiwis options big:5,small:3 currency USD"
    )
    await room.say("amy", opening)

    edit = "修改 #1 大 价格 ¥4" if lang == "zh" else "/edit #1 big price ¥4"
    assert room.said(await room.say("amy", edit)) == PRICE[lang].format(value="¥4")
    async with room.app.uow_factory() as uow:
        group_buy = await uow.group_buys.get(1)
    assert group_buy is not None
    assert [option.unit_price for option in group_buy.terms.options] == [500, 300]

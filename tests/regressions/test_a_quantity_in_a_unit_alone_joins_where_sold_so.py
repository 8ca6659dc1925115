"""Session 15 (fj): `2kg`, `2 kg please`, `2 boxes please` typed alone (no `+`) got no reply at all on a
group buy sold per kg: the buyer thought she was on the list. A quantity in a unit word alone (courtesy
after it aside) is now a join on a group buy open there sold in that unit (a weight converts: `2斤` on
one sold per kg is 1 kg), and elsewhere gets the one-line join hint a bare number gets just after the
card; chatter that only mentions a weight (`I bought 2kg yesterday`) stays chatter."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat


async def opened(text: str, lang: str = "en") -> Chat:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", text)
    return chat


@pytest.mark.parametrize(
    ("text", "said", "line"),
    [
        ("2kg", "Bob is in: 2 kg of Rice (#1). Now ¥8/kg.", "Bob 2 kg"),
        ("2 kg please", "Bob is in: 2 kg of Rice (#1). Now ¥8/kg.", "Bob 2 kg"),
        ("2 kg, thanks", "Bob is in: 2 kg of Rice (#1). Now ¥8/kg.", "Bob 2 kg"),
        ("2000g", "Bob is in: 2 kg of Rice (#1). 2000 g = 2 kg. Now ¥8/kg.", "Bob 2 kg"),
    ],
)
async def test_a_weight_alone_joins_the_group_buy_sold_by_it(text: str, said: str, line: str) -> None:
    chat = await opened("/groupbuy Rice price 8/kg target 20")

    reply = chat.said(await chat.say("bob", text))

    assert reply == said
    assert (await chat.card()).endswith(f"\n\n1. {line}")


async def test_boxes_alone_join_one_sold_by_the_box_and_get_the_hint_elsewhere() -> None:
    boxes = await opened("/groupbuy Strawberries price 30 per box target 20")
    rice = await opened("/groupbuy Rice price 8/kg target 20")

    joined = boxes.said(await boxes.say("cat", "2 boxes please"))
    hinted = rice.said(await rice.say("cat", "2 boxes please"))

    assert joined == "Cat is in: 2 boxes of Strawberries (#1). Now ¥30/box."
    assert hinted == 'To join, send "+1" ("+2" for two)'
    assert (await rice.card()).endswith("Nobody yet: be the first with +1")


async def test_a_fraction_alone_is_refused_and_chatter_stays_chatter() -> None:
    chat = await opened("/groupbuy Rice price 8/kg target 20")
    before = await chat.card()

    half = chat.said(await chat.say("bob", "1.5kg"))
    chatter = [reply for reply in await chat.say("dan", "I bought 2kg yesterday") if reply.text]

    assert half == (
        "Rice (#1) is sold by the kg: “1.5kg” is not a whole number of kg. "
        "Send +1 for 1 kg or +2 for 2 kg. Nothing was changed."
    )
    assert chatter == []
    assert await chat.card() == before


@pytest.mark.parametrize(("text", "line"), [("2斤", "小李 2斤"), ("两斤", "小李 2斤"), ("1公斤", "小李 2斤")])
async def test_in_chinese_a_weight_alone_joins_the_group_buy_sold_by_it(text: str, line: str) -> None:
    chat = await opened("接龙 荔枝 价格 15元/斤 成团 20", "zh")

    reply = chat.said(await chat.say("xiaoli", text, name="小李"))

    assert reply.startswith("小李 跟团：2斤 荔枝（#1）。"), reply
    assert (await chat.card()).endswith(f"\n\n1. {line}")


async def test_in_chinese_jin_alone_on_one_sold_per_kg_converts_and_elsewhere_is_hinted() -> None:
    rice = await opened("接龙 大米 价格 8元/kg 成团 20", "zh")
    mangoes = await opened("接龙 芒果 价格 88 成团 20", "zh")

    joined = rice.said(await rice.say("xiaoli", "2斤", name="小李"))
    hinted = mangoes.said(await mangoes.say("xiaoli", "2斤", name="小李"))

    assert joined.startswith("小李 跟团：1 kg 大米（#1）。2斤 = 1 kg。"), joined
    assert hinted == "要跟团请发“+1”（或“+2”要两份）"

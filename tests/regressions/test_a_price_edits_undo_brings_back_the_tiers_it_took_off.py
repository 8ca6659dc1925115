"""Review round 29 (item 4): `修改 #9 价格 5` on ¥8 with the tier 10:7 took the tier off, and the undo offered
(`打错了就发 修改 #9 价格 80`, none for ¥8 -> ¥5) brought the price back but never the tier. The undo
offered now restores all the edit removed, `修改 #1 价格 8 阶梯 10:7`, and sent as given it is accepted and
brings the card back to what it was; an undo of an edit that added tiers says `阶梯 无`. zh and en."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "edit", "said", "undo", "card"),
    [
        (
            "zh",
            "开团 芒果 价格 8 阶梯 10:7",
            "修改 #1 价格 5",
            "满10份 ¥7 不比新价 ¥5 低，不再适用，已去掉。打错了就发 修改 #1 价格 8 阶梯 10:7",
            "修改 #1 价格 8 阶梯 10:7",
            "阶梯价：满10份 ¥7",
        ),
        (
            "en",
            "/groupbuy Mangoes price 8/kg tiers 10:7",
            "/edit #1 price 5",
            "Tiers not below the new price ¥5/kg no longer apply and were taken off: from 10 kg ¥7/kg."
            " If that was a typo, send /edit #1 price 8 tiers 10:7",
            "/edit #1 price 8 tiers 10:7",
            "Tiers: from 10 kg ¥7/kg",
        ),
    ],
)
async def test_a_lower_price_taking_a_tier_off_offers_the_undo_with_the_tier(
    lang: str, opening: str, edit: str, said: str, undo: str, card: str
) -> None:
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening)

    lowered = chat.said(await chat.say("amy", edit))

    assert said in lowered, lowered
    assert card not in await chat.card()

    undone = chat.said(await chat.say("amy", undo))  # the command given, as sent

    assert ("¥8/份" if lang == "zh" else "¥8/kg") in await chat.card(), undone
    assert card in await chat.card(), undone


async def test_a_tenth_of_the_price_taking_a_tier_off_offers_the_undo_with_the_tier() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8 阶梯 10:7")
    await chat.say("amy", "修改 #1 价格 80")

    lowered = chat.said(await chat.say("amy", "修改 #1 价格 5"))

    assert lowered == (
        "已修改 芒果（#1）：价格 ¥5、不再有阶梯价。\n"
        "价格从 ¥80 改成了 ¥5（原来的 1/16）。打错了就发 修改 #1 价格 80 阶梯 10:7\n"
        "满10份 ¥7 不比新价 ¥5 低，不再适用，已去掉。"
    )
    undone = chat.said(await chat.say("amy", "修改 #1 价格 80 阶梯 10:7"))
    assert "阶梯价：满10份 ¥7" in await chat.card() and "¥80/份" in await chat.card(), undone


async def test_an_undo_of_an_edit_that_added_tiers_says_none_in_english() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("amy", "/groupbuy Mangoes price 5")

    raised = chat.said(await chat.say("amy", "/edit #1 price 80 tiers 10:70"))

    assert raised.endswith("If that was a typo, send /edit #1 price 5 tiers none"), raised
    undone = chat.said(await chat.say("amy", "/edit #1 price 5 tiers none"))
    assert "¥5" in await chat.card() and "Tiers" not in await chat.card(), undone


async def test_with_people_joined_a_tier_taken_off_offers_no_undo() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "开团 芒果 价格 8 阶梯 10:7")
    await chat.say("bob", "+1")

    lowered = chat.said(await chat.say("amy", "修改 #1 价格 5"))

    assert "满10份 ¥7 不比新价 ¥5 低，不再适用，已去掉。" in lowered and "打错了" not in lowered, lowered

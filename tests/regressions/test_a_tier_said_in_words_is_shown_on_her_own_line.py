"""rep78 #10: `接龙 橙子 价格 20 满10份打9折` was told `…或 阶梯 10:43（满 10 份每份 43）。例如：接龙 土鸡蛋
价格 45 阶梯 10:-2`: a ¥43 tier above her ¥20 price, and someone else's line. In English, `price 30 10+ 25`
and `price 30 10% off for 10 or more` were "not a price I can read". The hint is built from her own line,
its tier below her price, and English tier phrases get it in English with `tiers 10:25`."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("typed", ["接龙 橙子 价格 20 满10份打9折 截止 3d", "接龙 橙子 20元 满10份打9折"])
async def test_the_chinese_hint_is_built_from_her_own_line(typed: str) -> None:
    chat = fake_chat()

    said = chat.said(await chat.say("amy", typed))

    assert said == (
        "“满10份打9折”像是阶梯价，但我没看懂，没有开团。阶梯价请这样写：阶梯 10:-2（满 10 份每份减 2）"
        "或 阶梯 10:18（满 10 份每份 18）。例如：接龙 橙子 价格 20 阶梯 10:18"
    )
    assert "土鸡蛋" not in said and "43" not in said


@pytest.mark.parametrize(
    ("typed", "value", "tier"),
    [
        ("/groupbuy Honey price 30 10+ 25 ends 3d", "10+ 25", "10:25"),
        ("/groupbuy Honey price 30 10% off for 10 or more ends 3d", "10% off for 10 or more", "10:27"),
    ],
)
async def test_an_english_tier_phrase_gets_the_tier_hint_in_english(
    typed: str, value: str, tier: str
) -> None:
    chat = fake_chat()

    said = chat.said(await chat.say("ben", typed))

    each = tier.split(":")[1]
    assert said == (
        f"“{value}” looks like a tier, but I can't read it, so nothing was opened. Write a tier as"
        f" tiers 10:-2 (2 off each from 10) or tiers {tier} ({each} each from 10),"
        f" e.g. /groupbuy Honey price 30 tiers {tier}"
    )
    opened = chat.said(await chat.say("ben", f"/groupbuy Honey price 30 tiers {tier} ends 3d"))
    assert opened.startswith("Group buy #1 is open: Honey")


async def test_a_title_with_a_plus_stays_a_title() -> None:
    chat = fake_chat()

    said = chat.said(await chat.say("amy", "接龙 买2+1 价格 10"))

    assert said.startswith("团购 #1 开团了：买2+1，¥10/份。")

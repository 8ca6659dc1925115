"""rep77 #4: `接龙 散养土鸡蛋 价格 45 满10份每份减2 …` was refused as "“45 满10份每份减2”不是有效的价格",
and the price-in-the-title form said the tier was not understood; neither showed `阶梯 10:-2`. A tier
written as people write it is now that tier: `满10份每份减2` is `阶梯 10:-2`, `满10份43元` and
`10份以上43` are `阶梯 10:43`; `明晚8点截单` is the deadline. One it cannot read shows the 阶梯 form."""

from __future__ import annotations

from commerce.domain.group_buy import PriceTier
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

TIER = (PriceTier(min_quantity=10, unit_price=4300),)


async def _opened(text: str, tiers: tuple[PriceTier, ...] = TIER) -> str:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    said = Chat.said(await chat.say("amy", text, name="王姐"))
    assert factory.state.group_buys[1].terms.tiers == tiers, text  # ¥43 from 10 on the card
    return said


async def _card_with(form: str) -> str:
    return await _opened(form)


async def test_a_discount_tier_in_words_is_the_same_opening_as_its_tier_form() -> None:
    said = await _opened("接龙 散养土鸡蛋 30枚/盒 价格 45 满10份每份减2 截止 明晚8点 库存 30")
    assert said == await _card_with("接龙 散养土鸡蛋 30枚/盒 价格 45 阶梯 10:-2 截止 明晚8点 库存 30")
    assert "不是有效的价格" not in said and said.startswith("团购 #1 开团了")


async def test_a_tier_price_in_words_is_the_same_opening_as_its_tier_form() -> None:
    usual = await _card_with("接龙 土鸡蛋 价格 45 阶梯 10:43")
    for typed in ("接龙 土鸡蛋 价格 45 满10份43元", "接龙 土鸡蛋 价格 45 10份以上43"):
        assert await _opened(typed) == usual, typed
    assert usual.startswith("团购 #1 开团了")


async def test_the_price_in_the_title_with_a_tier_and_a_close_in_words_opens() -> None:
    said = await _opened("接龙 土鸡蛋 45元/盒 满10份每份减2 明晚8点截单")
    assert said == await _card_with("接龙 土鸡蛋 价格 45元/盒 阶梯 10:-2 截止 明晚8点")
    assert "没看懂" not in said and said.startswith("团购 #1 开团了")


async def test_a_tier_in_words_it_cannot_read_is_refused_with_the_tier_form() -> None:
    for typed in ("接龙 土鸡蛋 价格 45 满10份打9折", "接龙 土鸡蛋 45元/盒 满10份打9折 明晚8点截单"):
        factory = FakeUnitOfWorkFactory()
        chat = fake_chat(factory)
        said = Chat.said(await chat.say("amy", typed, name="王姐"))
        assert said == (
            "“满10份打9折”像是阶梯价，但我没看懂，没有开团。阶梯价请这样写：阶梯 10:-2（满 10 份每份减 2）"
            "或 阶梯 10:43（满 10 份每份 43）。例如：接龙 土鸡蛋 价格 45 阶梯 10:-2"
        ), typed
        assert not factory.state.group_buys  # nothing opened


async def test_in_english_a_tier_in_words_is_refused_with_the_tier_form() -> None:
    chat = fake_chat()
    said = Chat.said(await chat.say("amy", "/groupbuy Eggs price 45 10份以上九折"))
    assert said.startswith("“10份以上九折” looks like a tier") and "tiers 10:-2" in said

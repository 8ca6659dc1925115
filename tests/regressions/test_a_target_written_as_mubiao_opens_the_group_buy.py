"""Review 35, finding 10: `接龙 海南贵妃芒 ¥78/份 目标5 截止 明天20:00` was answered "请写上价格。…"
beside its price: `目标` was no keyword, so the price was not the title's last word. `目标5` (`goal 5`)
now reads as `成团5`, and words after a price that are no keyword are named, never "write a price"."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("typed", "opened"),
    [
        ("接龙 海南贵妃芒 ¥78/份 目标5 截止 明天20:00", "团购 #1 开团了：海南贵妃芒，¥78/份。"),
        ("接龙 测试芒 78元/份 目标5", "团购 #1 开团了：测试芒，¥78/份。"),
        ("/groupbuy Mangoes 12/kg goal 5", "Group buy #1 is open: Mangoes at ¥12/kg."),
    ],
)
async def test_a_target_written_as_mubiao_opens_the_group_buy(typed: str, opened: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)

    assert chat.said(await chat.say("amy", typed)).startswith(opened)
    assert factory.state.group_buys[1].terms.target == 5


@pytest.mark.parametrize(
    ("typed", "told"),
    [
        (
            "接龙 测试芒 78元/份 大家快来",
            "价格 78元/份 后面的“大家快来”我没看懂，没有开团。成团数写“成团 10”，截止时间写“截止 今晚8点”。"
            "例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点",
        ),
        (
            "/groupbuy Mangoes ¥12 be quick",
            "I didn't understand “be quick” after the price ¥12: nothing was opened. Write the target as "
            "“target 10” and the deadline as “ends 8pm”. Example: /groupbuy Mangoes 5kg price 88 target 10 "
            "ends 8pm",
        ),
    ],
)
async def test_words_after_a_price_are_named_not_a_missing_price(typed: str, told: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)

    assert chat.said(await chat.say("amy", typed)) == told
    assert not factory.state.group_buys

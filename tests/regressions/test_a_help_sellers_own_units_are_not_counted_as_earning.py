"""rep97 finding 10: Bea joined #3 herself (+1) in office, where she help-sells it, and a friend joined 2
there; her `/earnings` before the close said `3 units joined there so far; your 10% help-sell commission
counts…`: her own unit earns her nothing (no commission on a help-seller's own order). It counts only
the others' units; with only her own there, no such line."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _help_selling(lang: str) -> tuple[Chat, Chat]:
    family = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    office = Chat(family.app, chat_id="office", title="Office")
    opening, helpsell, listing = {
        "zh": ("接龙 荔枝 价格 30", "帮卖 开 10%", "帮卖 #1"),
        "en": ("/groupbuy Lychees price 30", "/helpsell on 10%", "/helpsell #1"),
    }[lang]
    await family.say("amy", opening, language=lang)
    await family.say("amy", helpsell, language=lang)
    await office.say("bea", listing, language=lang)
    await office.say("bea", "+1", language=lang)
    return family, office


async def test_her_own_units_are_left_out_of_what_earns_her() -> None:
    _, office = await _help_selling("en")
    await office.say("fay", "+2", language="en")
    earnings = office.private(await office.say("bea", "/earnings", language="en"))["bea"]
    assert (
        "Lychees (#1), help-sold in Office: 2 units joined there so far; your 10% help-sell " in earnings
    ), earnings


async def test_in_chinese_too() -> None:
    _, office = await _help_selling("zh")
    await office.say("fay", "+2")
    earnings = office.private(await office.say("bea", "我的收益"))["bea"]
    assert "荔枝（#1）在「Office」帮卖：「Office」已跟 2 份，截单付款后按 10% 计帮卖佣金。" in earnings, (
        earnings
    )


async def test_only_her_own_units_earn_her_nothing_so_far() -> None:
    _, office = await _help_selling("zh")
    earnings = office.private(await office.say("bea", "我的收益"))["bea"]
    assert "已跟" not in earnings, earnings

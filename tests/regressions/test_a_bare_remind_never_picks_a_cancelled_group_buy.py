"""Amy opened four group buys in her group, listed some of them in her other group too (帮卖) and
cancelled #4 (海南贵妃芒 5斤) with `取消 #4`. Her bare `/remind` in that other group answered "Group buy #4
(海南贵妃芒 5斤) was cancelled: nothing was changed." (`催款`: "团购 #4（海南贵妃芒 5斤）已取消…"), even with
two of hers open there: the newest group buy listed there was taken whatever had become of it. A bare
`催款` / `/remind` never picks a cancelled (or failed) group buy: with two of hers open it asks which of
those; with nothing owed it says so, the help-seller's too."""

from __future__ import annotations

from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat


async def _four_opened_and_4_cancelled(listed: tuple[int, ...], lister: str = "amy") -> tuple[Chat, Chat]:
    family, office = two_groups()
    for title in ("芒果 价格 30", "荔枝 价格 20", "草莓 价格 25", "海南贵妃芒 5斤 价格 88"):
        await family.say("amy", f"接龙 {title}")
    for number in listed:
        await family.say("amy", f"帮卖 #{number} 开 10%")
        await office.say(lister, f"帮卖 #{number}")
    await family.say("amy", "取消 #4")
    return family, office


async def test_with_two_of_hers_open_a_bare_remind_asks_which_of_those() -> None:
    family, office = await _four_opened_and_4_cancelled(listed=(2, 3, 4))

    assert office.said(await office.say("amy", "/remind")) == (
        "这个群里有 2 个团在接龙：#2 荔枝 · #3 草莓。请带上编号，例如 /remind #2。"
    )
    assert office.said(await office.say("amy", "催款")) == (
        "这个群里有 2 个团在接龙：#2 荔枝 · #3 草莓。请带上编号，例如 催款 #2。"
    )
    assert "#4" not in family.said(await family.say("amy", "催款"))  # her own group: #1, #2, #3


async def test_with_only_the_cancelled_one_listed_nobody_owes() -> None:
    _, office = await _four_opened_and_4_cancelled(listed=(4,))

    assert office.said(await office.say("amy", "/remind")) == ("你在本群没有等待付款的团，没有发送提醒。")
    assert office.said(await office.say("amy", "催款")) == "你在本群没有等待付款的团，没有发送提醒。"


async def test_nor_does_a_help_sellers_bare_remind() -> None:
    _, office = await _four_opened_and_4_cancelled(listed=(4,), lister="bob")

    assert office.said(await office.say("bob", "/remind")) == ("你在本群没有等待付款的团，没有发送提醒。")
    assert office.said(await office.say("bob", "催款")) == "你在本群没有等待付款的团，没有发送提醒。"

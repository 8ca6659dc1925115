"""Session 18 review (finding 3): after the organiser cancelled an unpaid order (`取消 3-5`) of a group buy
with options, the card still counted it in the option's `已订` and the group's `名单` in its `各规格`
(`大 ×3` where 2 were left), while the progress bar and the organiser's private list had left it out. A
refund was left out, a cancel was not; the organiser orders from the supplier by these counts, so she
would have ordered one 大 too many. Now an option's count leaves out the units of refunded and cancelled
orders alike, on the card, in the group's list, and in the console."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

OPEN = {
    "zh": "接龙 奶茶 规格 大:18:5,小:12 成团 3 限购 3",
    "en": "/groupbuy Milk tea options large:18:5,small:12 target 3 limit 3",
}
SAID = {
    "zh": ("• 大 ¥18 · 已订 2", "• 小 ¥12 · 已订 2", "各规格：大 ×2 · 小 ×2"),
    "en": ("• large ¥18 · 2 taken", "• small ¥12 · 2 taken", "By option: large ×2 · small ×2"),
}


async def _closed_with_a_refund_and_a_cancel(lang: str) -> Chat:
    """Bob 1 large, Cat 2 small, Dan 1 large, Fay 1 large (paid, then refunded), Hui 1 large (cancelled
    unpaid): 2 large and 2 small left."""
    chat = fake_chat(default_language=lang)
    large, small = ("大", "小") if lang == "zh" else ("large", "small")
    await chat.say("amy", OPEN[lang])
    for buyer, option, quantity in (("bob", large, 1), ("cat", small, 2), ("dan", large, 1)):
        await chat.say(buyer, f"+{quantity} {option}")
    await chat.say("fay", f"+1 {large}", name="Fay")
    await chat.say("hui", f"+1 {large}", name="Hui")
    zh = lang == "zh"
    await chat.say("amy", "截单" if zh else "/close")
    await chat.say("amy", "已收 1-1 1-2 1-3 1-4" if zh else "/paid 1-1 1-2 1-3 1-4")
    await chat.say("amy", "退款 1-4" if zh else "/refund 1-4")
    await chat.say("amy", "取消 1-5" if zh else "/cancel 1-5")
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_card_and_the_groups_list_count_neither_the_refund_nor_the_cancel(lang: str) -> None:
    chat = await _closed_with_a_refund_and_a_cancel(lang)
    large, small, totals = SAID[lang]

    card = await chat.card()
    listed = chat.said(await chat.say("amy", "名单" if lang == "zh" else "/list"))

    assert large in card.splitlines() and small in card.splitlines()
    # the progress leaves the refund and the cancel out too (s25), said apart beside 4 units
    assert "4/3" in card and "6/3" not in card
    apart = (
        "共 4 份 · 已退款 1 份 · 未付款取消 1 份"
        if lang == "zh"
        else "refunded: 1 unit · cancelled unpaid: 1 unit"
    )
    assert apart in card
    assert totals in listed.splitlines()


async def test_the_organisers_private_list_agrees() -> None:
    chat = await _closed_with_a_refund_and_a_cancel("zh")

    private = chat.said(await chat.say("amy", "名单 #1", private=True))

    assert "大：2 份，¥36" in private.splitlines()
    assert "小：2 份，¥24" in private.splitlines()

"""Review 79 #9: Ann raised 小米（#8）'s help-sell commission; Gia, its help-seller, was told privately
(`🤝 团长 Ann 把 小米（#8）的帮卖佣金从 10% 调高到 20%…`), but Ann's own group read the opening's text again,
`帮卖已开放：小米（#8）…`, as if it had just been turned on. Now the group reads that it was raised, from
what to what."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

SAID = {
    "zh": ("接龙 小米 价格 30 成团 1 截止 明天 20:00", "帮卖 #1"),
    "en": ("/groupbuy Millet price 30 target 1 ends 1d", "/helpsell #1"),
}


RAISED = {
    "zh": (
        "帮卖 开 20%",
        "帮卖佣金调高了：小米（#1）的帮卖佣金从 10% 调高到 20%，帮卖者按其群订单实付金额的 20% 计佣金，"
        "已经在帮卖的群也一样。",
    ),
    "en": (
        "/helpsell on 20%",
        "Help-sell commission raised: Millet (#1) now pays help-sellers 20% (was 10%) of what their group's "
        "orders paid, in the groups listing it already too.",
    ),
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_raised_rate_is_announced_as_raised_not_as_opened(lang: str) -> None:
    opening, listing = SAID[lang]
    rate = "帮卖 开 10%" if lang == "zh" else "/helpsell on 10%"
    family, _g8 = await help_sold(
        opening, rate=rate, listing=listing, seller="gia", chat_id="g8", default_language=lang
    )
    typed, expected = RAISED[lang]

    replies = await family.say("amy", typed)

    assert Chat.said([r for r in replies if r.chat_id in (None, "family")]) == expected
    assert "gia" in Chat.private(replies)  # her own notice, as before

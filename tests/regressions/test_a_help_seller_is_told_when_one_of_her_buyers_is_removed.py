"""Review 79 #9: in g7 Ann sent `踢出 #8 @Dan`, Dan having joined in Gia's help-selling group g8. g8, Ann
and Dan were told; Gia, its help-seller, got nothing privately (`踢出 @Dan 全部` told her; one line did
not). Now she is told privately, in her own language, naming her group (rep82 #11: no longer word for word
what the group read)."""

from __future__ import annotations

import pytest

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

SAID = {
    "zh": ("接龙 小米 价格 30 成团 1 截止 明天 20:00", "帮卖 #1", "踢出 #1 @dan"),
    "en": ("/groupbuy Millet price 30 target 1 ends 1d", "/helpsell #1", "/remove #1 @dan"),
}

TOLD = {
    "zh": "Amy 把 Dan（×1）移出了 小米（#1）。当前 ¥30/份。",
    "en": "Amy removed Dan (×1) from Millet (#1). Now ¥30 each.",
}
HERS = {
    "zh": "Amy 把「公司群」（你帮卖的群）的 Dan（×1）移出了 小米（#1）。",
    "en": "Amy removed Dan (×1) from Millet (#1) in “公司群”, the group you help-sell it in.",
}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_the_help_seller_is_told_privately_as_her_group_is(lang: str) -> None:
    opening, listing, remove = SAID[lang]
    family, g8 = await help_sold(opening, listing=listing, seller="gia", chat_id="g8", default_language=lang)
    await g8.say("dan", "+1")

    replies = await family.say("amy", remove, mentions=["dan"])

    in_g8 = [r.text for r in replies if r.chat_id == "g8" and r.text]
    assert len(in_g8) == 1
    private = Chat.private(replies)
    assert private["gia"] == HERS[lang]  # Gia, privately, that it was in her group
    assert in_g8[0] == TOLD[lang]
    assert "dan" in private  # Dan, by whom, as before


async def test_the_help_seller_reads_it_in_her_own_language() -> None:
    family, g8 = await help_sold("接龙 小米 价格 30 成团 1 截止 明天 20:00", seller="gia", chat_id="g8")
    await g8.say("gia", "/lang en", private=True)  # her private chat's language
    await g8.say("dan", "+1")

    replies = await family.say("amy", "踢出 #1 @dan", mentions=["dan"])

    told = Chat.private(replies)["gia"]
    assert told == "Amy removed Dan (×1) from 小米 (#1) in “公司群”, the group you help-sell it in."

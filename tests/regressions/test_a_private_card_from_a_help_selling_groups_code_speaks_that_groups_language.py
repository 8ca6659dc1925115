"""Frank made a share code in the club (which help-sells Amy's Chinese 草莓 under `/lang en`); Kim, who
had never written to the bot, opened it in his private chat: the card came back in Chinese, the
language of Amy's group, and his join there too. A card opened from a listing's code speaks that
listing's language rule (the club's) when the visitor's own language is not known."""

from __future__ import annotations

import re

from tests.helpsell_chats import help_sold


async def test_a_private_card_from_a_help_selling_groups_code_speaks_that_groups_language() -> None:
    _, club = await help_sold(
        "接龙 草莓 价格 78 截止 2小时", chat_id="club", title="Club", seller="eve", listing="/helpsell #1"
    )
    await club.say("eve", "/lang en")
    found = re.search(r"(?:团|(?<![\w#-]))\d+-\w{4}", club.shared(await club.say("frank", "/share")))
    assert found is not None

    [card] = await club.say("kim", found.group(0), private=True)
    joined = await club.say("kim", "+1", private=True)

    assert card.text.startswith("🛒 草莓 (#1)\nOrganiser: Amy\n🤝 Help-sold in Club by Eve\nPrice: ¥78 each")
    assert club.said(joined).startswith("You're in: 1 × 草莓 (#1). Now ¥78 each.")

"""mei shared eng's 帮卖 group buy in zhq (the group that help-sells it) and a friend opened her code in
his private chat: the card there listed eng's own buyers ("1. Li ×4 2. Wang ×1"), people of another
group. A private card opened with a code made in a help-selling group shows that group's view, as the
listing card there does: its own buyers only."""

from __future__ import annotations

import re

from commerce.domain.listings import card_key
from tests.helpsell_chats import help_sold


async def test_a_help_selling_groups_share_code_shows_only_that_groups_buyers() -> None:
    origin, zhq = await help_sold(
        "接龙 李子 价格 10 成团 9 截止 2小时", chat_id="zhq", title="ZHQ", organiser="eng", seller="chen"
    )
    await origin.say("li", "+4")
    await origin.say("wang", "+1")
    await zhq.say("qian", "+2")
    found = re.search(r"团\d+-\w{4}", zhq.shared(await zhq.say("mei", "分享")))
    assert found is not None

    await zhq.say("sun", "你好")  # a member of zhq: his copy lists zhq's buyers (an outsider sees his own)
    [private] = await zhq.say("sun", found.group(0), private=True)
    [refreshed, _] = await zhq.tap("sun", private.buttons[-1][-1].data)

    listing_card = await zhq.card(card_key(1))
    assert "Qian ×2" in private.text and "Qian ×2" in listing_card
    for text in (private.text, refreshed.text):
        assert "Li" not in text and "Wang" not in text, text

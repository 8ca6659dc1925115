"""Cat wrote a note about Amy's 芒果 in 公司群, where Bob help-sells it (帮卖), and Dan took his code for
the note there (`分享笔记 1`). His friend Eve opened it in her private chat: the card was Amy's own group's
(its buyers, no word of Bob), and `+1` with it put her in Amy's group, so Bob's group never saw her and Bob
earned nothing. A note's code made in a 帮卖 group is now that group's listing code, as `分享` there gives:
it opens 公司群's card and a join through it is a 公司群 line, Bob's sale."""

from __future__ import annotations

import re

from commerce.domain.listings import card_key
from handlers.sharing import share_payload
from handlers.types import Request
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold


async def test_a_note_share_code_made_in_a_help_selling_group_opens_and_joins_that_group() -> None:
    factory = FakeUnitOfWorkFactory()
    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时", factory=factory)
    await family.say("kim", "+3")  # Amy's own group's buyer
    await office.say("cat", "种草 #1 芒果真不错")
    shared = office.shared(await office.say("dan", "分享笔记 1"))
    found = re.search(r"团\d+-\w{4}", shared)
    assert found is not None
    code = found.group(0)
    group_code = re.search(r"团\d+-\w{4}", office.shared(await office.say("dan", "分享 #1")))
    assert group_code is not None and group_code.group(0) == code  # the same code `分享` gives there

    [card] = await office.say("eve", code, private=True)
    assert "🤝 在「公司群」帮卖：Bob" in card.text and "Kim" not in card.text  # 公司群's, not Amy's

    joined = office.said(await office.say("eve", f"+1 {code}", private=True))
    assert joined == "你已跟团：1 × 芒果（#1）。当前 ¥35/份。"
    assert (await office.card(card_key(1))).endswith("1. Eve ×1")  # a 公司群 line: Bob's sale
    assert "Eve" not in await family.card(1)
    await family.say("amy", "截单")
    mine = office.said(await office.say("eve", "我的订单", private=True))
    assert "芒果（公司群 · Amy 的团 #1）" in mine, mine  # her order is 公司群's


async def test_a_note_cards_code_in_a_help_selling_group_is_the_authors_code_there() -> None:
    """The note card's own `+1 团1-…` (its author's code) in 公司群 was her code of Amy's group, too."""
    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时")
    await family.say("kim", "+3")
    await office.say("cat", "种草 #1 芒果真不错")
    found = re.search(r"\+1 (团\d+-\w{4})", await office.card(-1))
    assert found is not None
    code = found.group(1)
    assert code in office.shared(await office.say("cat", "分享"))  # 公司群's code, as `分享` gives there

    [card] = await office.say("eve", code, private=True)
    assert "🤝 在「公司群」帮卖：Bob" in card.text and "Kim" not in card.text
    await office.say("eve", f"+1 {code}", private=True)
    assert (await office.card(card_key(1))).endswith("1. Eve ×1")


async def test_on_telegram_a_note_share_in_a_help_selling_group_links_that_groups_listing() -> None:
    _, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时")
    await office.say("cat", "种草 #1 芒果真不错")
    replies = await office.app.handle(
        Request("telegram", "office", "7", "Dan", text="/share note 1", chat_title="公司群")
    )
    payload = share_payload(1, "7", office.app.config.payment_secret, listing_id=1)  # 公司群's listing
    assert office.shared(replies).startswith(
        f"Your own link to note #1: https://t.me/tuan_bot?start={payload}\n"
    )

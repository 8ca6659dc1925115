"""`帮卖 5` (the number without `#`) got no reply at all, while `帮卖#5` and `帮卖＃５` listed it. A bare
number is now the group buy's number."""

from __future__ import annotations

from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def test_helpsell_with_a_bare_number_lists_it() -> None:
    family, _ = await help_sold("接龙 橙子 价格 10", chat_id="neighbours", seller="dan")
    club = Chat(family.app, chat_id="club", title="club")

    listed = club.said(await club.say("eve", "帮卖 1"))

    assert listed.startswith("🤝 Eve 在本群帮卖 橙子（#1，团长 Amy）")


async def test_helpsell_with_a_bare_unknown_number_says_there_is_none() -> None:
    family, _ = await help_sold("接龙 橙子 价格 10", chat_id="neighbours", seller="dan")
    club = Chat(family.app, chat_id="club", title="club")

    assert club.said(await club.say("eve", "帮卖 5")) == (
        "没有可以帮卖的团购 #5。"
        "如果是别的群的团，请团长先在那个群发「帮卖 #5 开 10%」，再在这里发「帮卖 #5」。"
        "没有任何改动。"
    )

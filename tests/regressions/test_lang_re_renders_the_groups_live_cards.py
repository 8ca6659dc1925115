"""Review 45 #9: after `/lang en` in a group help-selling (帮卖) a group buy, its card stayed Chinese
until its next edit. `/lang` now edits in place the cards of the group buys open in that group, its own
and those help-sold there (a refresh: none posted anew), so they speak the new language at once; a
private `/lang` touches no card. Both ways, zh to en and en to zh."""

from __future__ import annotations

import pytest

from commerce.domain.listings import card_key
from handlers.types import Reply
from tests.helpsell_chats import help_sold

SWITCH = {"en": ("/lang en", "Organiser: Amy"), "zh": ("/lang zh", "团长：Amy")}


def _cards(replies: list[Reply]) -> set[tuple[int | None, str | None, bool]]:
    return {(r.card_of, r.chat_id, r.refresh) for r in replies if r.is_card}


@pytest.mark.parametrize(("start", "to"), [("zh", "en"), ("en", "zh")])
async def test_lang_edits_the_open_cards_of_the_group_in_the_new_language(start: str, to: str) -> None:
    family, office = await help_sold("接龙 芒果 价格 10 截止 2小时", language=start, default_language=start)
    await family.say("amy", "接龙 苹果 价格 10 截止 2小时")  # #2, not help-sold: not in the office
    await family.say("amy", "接龙 梨 价格 10 截止 2小时")  # #3, closed: its card left as it is
    await family.say("cat", "+1 #3")
    await family.say("amy", "截单 #3")
    office.admins.add("bob")  # the office's admin: a help-sold group buy is running there
    listing = card_key(1)
    command, word = SWITCH[to]

    in_office = await office.say("bob", command)
    in_family = await family.say("amy", command)
    privately = await family.say("amy", command, private=True)

    assert _cards(in_office) == {(listing, "office", True)}
    assert _cards(in_family) == {(1, "family", True), (2, "family", True)}
    assert not _cards(privately)
    assert word in (await office.app.render_card(listing)).text
    assert word in await family.card(1)

"""Review 105 #2: in a group that help-sold (帮卖) another group's tea, `/ask where to buy durian puffs?`
quoted a friend's note and then offered (and passed) the question to the tea's organiser, Amy: not a
member of that group, a stranger to the asker, her closed tea nothing to do with durian puffs; the
group's own help-seller was offered to pass his own question to Amy too. Now a question naming
something no group buy here sells is never offered to anyone; in the help-selling group the offer goes
to its help-seller, Bob (tapped: Bob gets it, never Amy); nobody is offered his own question."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

SAID = {
    "en": {
        "kaya": "/groupbuy Kaya Jars price 10 target 1",
        "tea": "/groupbuy Pu'er Tea price 20 target 1",
        "rate": "/helpsell on 10%",
        "list": "/helpsell #2",
        "close": "/close",
        "note": "/note the durian puffs from the corner bakery are amazing",
        "puffs": "/ask where to buy durian puffs?",
        "tea?": "/ask is the tea strong?",
    },
    "zh": {
        "kaya": "接龙 咖椰酱 价格 10 成团 1",
        "tea": "接龙 普洱茶 价格 20 成团 1",
        "rate": "帮卖 开 10%",
        "list": "帮卖 #2",
        "close": "截单",
        "note": "种草 楼下面包店的榴莲酥超好吃",
        "puffs": "问 榴莲酥哪里买",
        "tea?": "问 普洱茶浓不浓",
    },
}
OFFER = {
    "en": "Still want to ask Bob, who help-sells it here? Tap below and the answer comes to you privately.",
    "zh": "还想问在本群帮卖的 Bob？点下面的按钮，回答会私信给你。",
}
BUTTON = {"en": "Ask Bob", "zh": "转给帮卖的 Bob"}


async def _help_sold_tea(lang: str) -> tuple[Chat, Chat]:
    """Office: Bob's own Kaya (#1) closed; Amy's tea (#2, her family group) help-sold there by Bob, Eve
    buying it, closed; Cat's note on durian puffs, which nothing sells."""
    said = SAID[lang]
    family, office = two_groups("office", "Office", family_title="Family", default_language=lang)
    await office.say("bob", said["kaya"])
    await office.say("cat", "+1")
    await office.say("bob", said["close"])
    await family.say("amy", said["tea"])
    await family.say("amy", said["rate"])
    await office.say("bob", said["list"])
    await office.say("eve", "+1 #2")
    await family.say("amy", said["close"])
    await office.say("cat", said["note"])
    return family, office


def _buttons(replies: list[Reply]) -> list[str]:
    return [button.label for reply in replies for row in reply.buttons for button in row]


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_question_about_what_nothing_sells_is_offered_to_nobody(lang: str) -> None:
    _, office = await _help_sold_tea(lang)

    replies = await office.say("dan", SAID[lang]["puffs"])
    said = office.said(replies)

    assert _buttons(replies) == []
    assert "Amy" not in said and "Bob" not in said, said


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_in_the_help_selling_group_the_offer_goes_to_the_help_seller(lang: str) -> None:
    _, office = await _help_sold_tea(lang)

    replies = await office.say("dan", SAID[lang]["tea?"])
    said = office.said(replies)

    assert said.endswith(OFFER[lang]), said
    assert "Amy" not in said.splitlines()[-1]
    assert _buttons(replies) == [BUTTON[lang]]
    [((button,),)] = [reply.buttons for reply in replies if reply.buttons]
    passed = office.private(await office.tap("dan", button.data))
    assert list(passed) == ["bob"], passed


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_the_help_seller_is_not_offered_to_pass_his_own_question(lang: str) -> None:
    _, office = await _help_sold_tea(lang)

    replies = await office.say("bob", SAID[lang]["tea?"])

    assert _buttons(replies) == []
    assert "Amy?" not in office.said(replies) and "Amy？" not in office.said(replies)

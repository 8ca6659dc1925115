"""rep86 #3: in an English group Amy's `who hasn't collected?` (`who hasn’t collected?`, `who hasn't picked
up?`) got no reply at all, though paid orders waited to be picked up; in private it listed them and
`/uncollected` worked in the group. Now the question in the group is `/uncollected`: the list goes to her
privately and the group is told so; a buyer's same words in the group stay talk."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

LISTED = (
    "📦 Paid, not picked up yet (1 order):\n\nJam (#1) · pickup: not set yet\n  Dan ×1 (1-2)\n\n"
    "Pickup codes are the buyers' own and not shown here. Once handed over, send /collected with the order "
    "number (e.g. /collected 1-2), or the pickup code."
)
TOLD = "Amy, the list of who has not picked up is in your private chat with me."


async def _paid_one_not_picked_up() -> Chat:
    chat = fake_chat(default_language="en")
    for user, typed in (("amy", "/groupbuy Jam price 10"), ("bob", "+2"), ("dan", "+1"), ("amy", "/close"),
                        ("amy", "/paid 1-1"), ("amy", "/paid 1-2"), ("amy", "/pickedup 1-1")):  # fmt: skip
        await chat.say(user, typed)
    return chat


@pytest.mark.parametrize(
    "typed",
    ["who hasn't collected?", "who hasn’t collected?", "who hasn't collected", "who hasn't picked up?",
     "Who has not picked up yet?"],
)  # fmt: skip
async def test_the_organisers_question_in_the_group_sends_her_the_list(typed: str) -> None:
    chat = await _paid_one_not_picked_up()

    replies = await chat.say("amy", typed)

    assert chat.said(replies) == TOLD
    assert chat.private(replies) == {"amy": LISTED}


async def test_a_buyers_same_words_in_the_group_stay_talk() -> None:
    chat = await _paid_one_not_picked_up()

    assert await chat.say("bob", "who hasn't collected?") == []

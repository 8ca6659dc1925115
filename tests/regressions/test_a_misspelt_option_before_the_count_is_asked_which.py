"""s36 #5: `vanila +1` on a group buy with options vanilla / chocolate was silent (and `Vanila +1`, a
phone's capital, asked which option "for Vanila", a friend's line): a misspelt option before the count.
Now both are answered as `+1 vanila` is: which option, listing them, nothing joined."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import Chat, fake_chat

ASKED = (
    "Which option of Ice cream (#1)? vanilla ¥19 / chocolate ¥19. "
    "Send it with your join, e.g. +1 vanilla, or tap its Join button."
)


@pytest.mark.parametrize("said", ["vanila +1", "Vanila +1", "vanila+1", "+1 vanila"])
async def test_a_misspelt_option_before_the_count(said: str) -> None:
    chat = fake_chat()
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Ice cream options vanilla:19,chocolate:19 ends 3d")

    answer = Chat.said(await chat.say("bob", said))

    assert answer == ASKED
    assert "Bob" not in await chat.card()


async def test_a_friends_name_before_the_count_is_still_the_friends_line() -> None:
    chat = fake_chat()
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Ice cream options vanilla:19,chocolate:19 ends 3d")

    answer = Chat.said(await chat.say("bob", "Vince +1"))  # five letters from v, no misspelt vanilla
    talk = await chat.say("bob", "team +1")

    assert answer == (
        "Which option of Ice cream (#1) for Vince? vanilla ¥19 / chocolate ¥19. "
        "Send it with the join, e.g. +1 for Vince chocolate."
    )
    assert [reply for reply in talk if reply.text] == []

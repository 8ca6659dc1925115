"""Session 15 review (fe 29): `/share note 1` (and `/share #1`) on a group buy that had closed answered
"… has closed: nothing was changed.", odd for a request that changes nothing. It now says there is nothing
to share, in the member's language."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_sharing_a_closed_group_buy_says_there_is_nothing_to_share() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Lychees price 10 target 1")
    await chat.say("bob", "+1")
    await chat.say("bob", "/note #1 so sweet")
    await chat.say("amy", "/close #1")

    told = {
        text: chat.said(await chat.say("cat", text)) for text in ("/share #1", "/share note 1", "分享 #1")
    }

    assert told["/share #1"] == "Group buy #1 (Lychees) is no longer open, so there is nothing to share."
    assert told["/share note 1"] == "Group buy #1 (Lychees) is no longer open, so there is nothing to share."
    assert told["分享 #1"] == "团购 #1（Lychees）已经结束，不能再分享了。"

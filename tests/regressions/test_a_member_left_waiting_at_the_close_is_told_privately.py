"""At the close, a member still waiting (候补) who did not get in was only named in the group's closing
message (`Waiting list, not in this time: Eve ×2.`): she never heard it herself. She is now also told
once, privately, in her language (else the group buy's), that her wait did not get in."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("lang", "opening", "wait", "close", "told", "named"),
    [
        (
            "en",
            "/groupbuy Tea price 30 target 2 stock 2",
            "/waitlist 2",
            "/close",
            "Tea (#1) closed and your wait for 2 did not get in this time.",
            "Waiting list, not in this time: Eve ×2.",
        ),
        (
            "zh",
            "接龙 芒果 价格 88 成团 2 库存 2",
            "候补 2",
            "截单",
            "芒果（#1）已截单，你候补的 2 份这次没有补上。",
            "候补未补上：Eve ×2。",
        ),
    ],
)
async def test_a_wait_that_did_not_get_in_is_told_to_its_member(
    lang: str, opening: str, wait: str, close: str, told: str, named: str
) -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    await chat.say("amy", opening)
    await chat.say("bob", "+2")
    await chat.say("eve", wait)

    replies = await chat.say("amy", close)

    assert [r.text for r in replies if r.private_to == "eve"] == [told]  # once
    assert Chat.said(replies).splitlines()[-1] == named


async def test_a_called_off_group_buys_waiting_member_is_told_her_wait_ends() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Tea price 30 target 2 stock 2")
    await chat.say("bob", "+2")
    await chat.say("eve", "/waitlist 1")

    replies = await chat.say("amy", "/cancel #1 confirm")

    assert Chat.private(replies)["eve"] == "Tea (#1) was called off, so your wait for 1 ends here."


async def test_a_close_at_the_deadline_tells_her_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Tea price 30 target 2 stock 2")
    await chat.say("bob", "+2")
    await chat.say("eve", "/waitlist 2")
    chat.app.clock.advance(days=2)  # type: ignore[attr-defined]

    expired = await chat.app.expire(1)

    told = [reply.text for reply in expired if reply.private_to == "eve"]
    assert told == ["Tea (#1) closed and your wait for 2 did not get in this time."]

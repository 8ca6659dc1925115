"""rep63 #10: Ann's `/ipaid 2-2 15` then `/ipaid 2-2 63` (owing ¥78) read `¥15 before and ¥63 now, ¥78 in
all of ¥78: paid in full.` ("¥78 of ¥78"); it now reads `…¥78 in all, the full ¥78: paid in full.`"""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_top_up_that_pays_it_off_says_the_full_amount() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Durian price 78")
    await chat.say("ann", "+1", name="Ann")
    await chat.say("amy", "/close")
    await chat.say("ann", "/ipaid 1-1 15", name="Ann")
    told = chat.private(await chat.say("ann", "/ipaid 1-1 63", name="Ann"))["ann"]
    assert told.startswith(
        "Thanks, Ann: for order #1-1 you reported paying ¥15 before and ¥63 now, ¥78 in all, the full ¥78: "
        "paid in full."
    ), told
    assert "in all of" not in told, told

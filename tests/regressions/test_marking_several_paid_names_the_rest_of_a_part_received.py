"""Review 73 #7: after the organiser recorded 只收到 ¥20 of ¥156 on #1-2, `/paid 1-1 1-2` marked #1-2
paid with no word about the ¥136 still owed then. A single `/paid 1-2` marks it paid; the batch now
does the same and names what it records: the rest received (privately to her when sent in a group,
which never hears a buyer's amount; on the answer itself in her private chat)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat, xiaoli_and_dan_paid_20_of_156


async def test_in_the_group_the_organiser_is_told_the_rest_privately() -> None:
    chat = await xiaoli_and_dan_paid_20_of_156()
    replies = await chat.say("amy", "已收 1-1 1-2")
    assert chat.said(replies) == "已标记为已付款：#1-1（Xiaoli）、#1-2（Dan）。"
    assert chat.private(replies)["amy"] == "#1-2（Dan）之前只收到 ¥20，这次记为余下的 ¥136 也已收到。"


async def test_in_private_the_answer_names_the_rest() -> None:
    chat = await xiaoli_and_dan_paid_20_of_156()
    replies = await chat.say("amy", "/paid 1-1 1-2", private=True, language="en")  # her app's English
    assert chat.said(replies) == (
        "Marked as paid: #1-1 Xiaoli (¥78), #1-2 Dan (¥156).\n"
        "#1-2 (Dan): only ¥20 had been received; this marks the rest (¥136) received."
    )


async def test_without_a_part_received_nothing_more_is_said() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("xiaoli", "+1", name="Xiaoli")
    await chat.say("dan", "+2", name="Dan")
    await chat.say("amy", "截单")
    replies = await chat.say("amy", "已收 1-1 1-2")
    assert chat.said(replies) == "已标记为已付款：#1-1（Xiaoli）、#1-2（Dan）。"
    assert "amy" not in chat.private(replies)

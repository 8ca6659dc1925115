"""s33 tail #1: after the organiser recorded 只收到 ¥20 of ¥156 on #1-2, a single `已收 1-2` / `/paid 1-2`
marked it paid and said nothing of the rest, while `/paid 1-1 1-2` names it. The single says the same:
privately to her when typed in a group (which never hears a buyer's amount), on the answer in private."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat, xiaoli_and_dan_paid_20_of_156


async def test_in_the_group_the_organiser_is_told_the_rest_privately() -> None:
    chat = await xiaoli_and_dan_paid_20_of_156()
    replies = await chat.say("amy", "已收 1-2")
    assert "¥" not in chat.said(replies)
    assert chat.private(replies)["amy"] == "#1-2（Dan）之前只收到 ¥20，这次记为余下的 ¥136 也已收到。"


async def test_in_private_the_answer_names_the_rest() -> None:
    chat = await xiaoli_and_dan_paid_20_of_156()
    replies = await chat.say("amy", "/paid 1-2", private=True, language="en")  # her app's English
    said = chat.said(replies)
    assert said.endswith("\n#1-2 (Dan): only ¥20 had been received; this marks the rest (¥136) received."), (
        said
    )


async def test_without_a_part_received_nothing_more_is_said() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 78")
    await chat.say("dan", "+2", name="Dan")
    await chat.say("amy", "截单")
    replies = await chat.say("amy", "已收 1-1")
    assert "amy" not in chat.private(replies)
    replies = await chat.say("amy", "/paid 1-1", private=True)
    assert "only" not in chat.said(replies)


async def test_by_name_the_organiser_is_told_the_rest_too() -> None:
    chat = await xiaoli_and_dan_paid_20_of_156()
    replies = await chat.say("amy", "已收 Dan")
    assert "¥" not in chat.said(replies)
    assert chat.private(replies)["amy"] == "#1-2（Dan）之前只收到 ¥20，这次记为余下的 ¥136 也已收到。"

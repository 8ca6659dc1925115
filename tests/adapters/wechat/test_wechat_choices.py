"""A bare number answers the last question asked of that member in that chat, for a few minutes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.wechat.choices import Choices, bare_number

T0 = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)
ROOM = "r@chatroom"


def test_bare_numbers_in_the_forms_phones_type() -> None:
    typed = ["1", " 2 ", "３", "2.", "1、", "+1", "1份", ""]

    assert [bare_number(t) for t in typed] == [1, 2, 3, 2, 1, None, None, None]


async def test_a_number_picks_the_members_own_question() -> None:
    choices = Choices()
    await choices.asked(ROOM, "li", ["gb:join:1", "gb:status:1"], T0)

    assert await choices.answer(ROOM, "li", "2", T0 + timedelta(minutes=1)) == "gb:status:1"
    assert await choices.answer(ROOM, "zhang", "2", T0) is None  # asked of 李四 only
    assert await choices.answer("other@chatroom", "li", "2", T0) is None
    assert await choices.answer(ROOM, "li", "3", T0) is None  # no third choice


async def test_a_question_to_the_whole_chat_is_answered_by_anyone_and_the_latest_question_wins() -> None:
    choices = Choices()
    await choices.asked(ROOM, "li", ["mine"], T0)
    await choices.asked(ROOM, None, ["card"], T0 + timedelta(seconds=10))

    assert await choices.answer(ROOM, "li", "1", T0 + timedelta(seconds=20)) == "card"
    await choices.asked(ROOM, "li", ["mine again"], T0 + timedelta(seconds=30))
    assert await choices.answer(ROOM, "li", "1", T0 + timedelta(seconds=40)) == "mine again"


async def test_an_old_question_is_forgotten() -> None:
    choices = Choices(ttl=timedelta(minutes=5))
    await choices.asked(ROOM, "li", ["gb:join:1"], T0)

    assert await choices.answer(ROOM, "li", "1", T0 + timedelta(minutes=6)) is None


async def test_a_final_card_without_choices_voids_the_old_cards_question() -> None:
    choices = Choices()
    await choices.asked(ROOM, None, ["gb:join:1"], T0)
    await choices.asked(ROOM, "li", [], T0 + timedelta(seconds=5))  # an answer to 李四 asks nothing
    assert await choices.answer(ROOM, "li", "1", T0 + timedelta(seconds=10)) == "gb:join:1"

    await choices.asked(ROOM, None, [], T0 + timedelta(seconds=20))  # the final card: nothing to choose

    assert await choices.answer(ROOM, "li", "1", T0 + timedelta(seconds=30)) is None

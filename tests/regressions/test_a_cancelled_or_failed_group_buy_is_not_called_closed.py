"""Amy's second `取消 #13` was answered "团购 #13（月饼）已经截单了", as were `+1 #4` and her
`截单 #4` after #4 failed at its deadline and a `候补` after a cancel: a group buy called off or ended
short of its target was said to have closed. The refusal now names what happened: cancelled
(已取消), failed (未成团，已结束); a group buy that closed is still "已经截单了"."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _cancelled_and_failed(language: str = "zh") -> Chat:
    """Mooncakes #1 cancelled by Amy; grapes #2 failed at its deadline with 2 of 3 joined."""
    clock = FakeClock()
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=clock, default_language=language)
    await chat.say("amy", "接龙 月饼 价格 10 成团 5")
    await chat.say("bob", "+1")
    await chat.say("amy", "取消 #1 确认", private=True)
    await chat.say("amy", "接龙 阳光玫瑰葡萄 价格 10 成团 3 截止 1小时")
    await chat.say("bob", "+1 #2")
    await chat.say("cat", "+1 #2")
    clock.advance(hours=2)
    await chat.app.expire(2)
    return chat


async def test_a_cancelled_group_buy_is_said_cancelled() -> None:
    chat = await _cancelled_and_failed()

    again = chat.said(await chat.say("amy", "取消 #1", private=True))
    wait = chat.said(await chat.say("cat", "候补 #1"))

    assert again == "团购 #1（月饼）已取消，没有任何改动。"
    assert wait == "团购 #1（月饼）已取消，没有任何改动。"


async def test_a_failed_group_buy_is_said_to_have_ended_short() -> None:
    chat = await _cancelled_and_failed()

    join = chat.said(await chat.say("dan", "+1 #2"))
    close = chat.said(await chat.say("amy", "截单 #2"))

    assert join == "团购 #2（阳光玫瑰葡萄）未成团，已结束，没有任何改动。"
    assert close == "团购 #2（阳光玫瑰葡萄）未成团，已结束，没有任何改动。"


async def test_in_english_too_and_a_closed_one_is_still_closed() -> None:
    chat = await _cancelled_and_failed("en")
    await chat.say("amy", "/groupbuy Pears price 10 target 1")
    await chat.say("bob", "+1 #3")
    await chat.say("amy", "/close #3")

    assert chat.said(await chat.say("amy", "/cancel #1")) == (
        "Group buy #1 (月饼) was cancelled: nothing was changed."
    )
    assert chat.said(await chat.say("dan", "/join #2", language="en")) == (  # `/join #2`: no English words
        "Group buy #2 (阳光玫瑰葡萄) did not reach its target and ended: nothing was changed."
    )
    assert (
        chat.said(await chat.say("dan", "/join #3"))
        == "Group buy #3 (Pears) has closed: nothing was changed."
        " If you want some, ask its organiser @Amy to open another round."
    )

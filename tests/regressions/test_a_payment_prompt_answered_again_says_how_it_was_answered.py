"""On WeChat the organiser answered #1-1's payment prompt with `2` (not received), then sent `1`, that
prompt's other choice: the prompt is closed, and he read the generic `我没看懂。发“帮助”看看我能做什么…`.
He is now told the prompt was answered, how the order stands and what to send to change it; after `1`
(received), `2` says it is paid and how to undo it. A number of another answered question says only
that it was answered; nothing changes either way."""

from __future__ import annotations

from tests.regressions.test_the_organisers_numbered_payment_prompts_keep_their_own_numbers import (
    LI,
    WANG,
    ZHANG,
    _two_reports,
)


async def test_a_payment_prompt_answered_again_says_how_it_was_answered() -> None:
    world = await _two_reports()

    await world.say(WANG, "Wang Wu", "2", private=True)  # #1-1: not received
    before = len(world.recorder.sent)
    await world.say(WANG, "Wang Wu", "1", private=True)  # #1-1's other choice: answered already

    assert world.recorder.sent[before:] == [
        (WANG, "这个付款确认已经回答过了（订单 #1-1 已标记为未收到）。要改请发“已收 1-1”。")
    ]

    await world.say(WANG, "Wang Wu", "3", private=True)  # #1-2: received
    before = len(world.recorder.sent)
    await world.say(WANG, "Wang Wu", "4", private=True)

    assert world.recorder.sent[before:] == [
        (WANG, "这个付款确认已经回答过了（订单 #1-2 已标记为已付款）。要改请发“撤销已收 1-2”。")
    ]
    assert not [chat for chat, _ in world.recorder.sent[before:] if chat in (LI, ZHANG)]


async def test_a_number_no_question_offered_is_still_not_understood() -> None:
    world = await _two_reports()
    await world.say(WANG, "Wang Wu", "2", private=True)
    before = len(world.recorder.sent)

    await world.say(WANG, "Wang Wu", "7", private=True)  # no question offered 7

    assert all("回答过了" not in text for _, text in world.recorder.sent[before:])


async def test_another_answered_question_says_only_that_it_was_answered() -> None:
    world = await _two_reports()
    ask = world.adapter.choices
    await ask.asked(WANG, WANG, ["od:pay:1", "gb:status:1"], world.clock.now(), first=5)
    world.clock.advance(seconds=5)
    await world.say(WANG, "Wang Wu", "6", private=True)  # answered (the last question: 5/6)
    before = len(world.recorder.sent)

    await world.say(WANG, "Wang Wu", "5", private=True)

    assert world.recorder.sent[before:] == [(WANG, "这个选择已经回答过了。")]

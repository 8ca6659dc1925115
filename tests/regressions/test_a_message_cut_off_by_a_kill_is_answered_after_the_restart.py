"""Review 41 #8: a member's message in the playground whose handling was cut off (the process killed
between her bubble and the bot's answer) stayed unanswered after the restart: the chat showed `+1` and
nothing after it, and she was not on the group buy. Telegram delivers an unanswered update again; the
playground now keeps each bubble's claim to an answer until it is answered, and the next start answers
what is left, once: the join is made and confirmed, and a second restart answers nothing again."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from handlers.types import Reply, Request
from tests.playground_runs import Playground, running


async def killed_at(playground: Playground, user: str, text: str, *, after_commit: bool) -> None:
    """`user` types `text`; the process is killed while the ChatApp handles it (before any write), or
    `after_commit`: once its change and answer are committed, before the bubble is marked answered."""
    reached = asyncio.Event()

    async def stop(*args: object) -> None:
        reached.set()
        await asyncio.Event().wait()  # the kill comes first

    async def killed(request: Request) -> list[Reply]:
        await stop()
        raise AssertionError("unreachable")

    if after_commit:
        playground.hub.transcript.answered = stop  # type: ignore[method-assign]
    else:
        playground.hub.app.handle = killed  # type: ignore[method-assign]
    typing = asyncio.create_task(playground.say(user, text))
    await asyncio.wait_for(reached.wait(), 10)
    typing.cancel()
    with pytest.raises(asyncio.CancelledError):
        await typing


@pytest.mark.parametrize(
    ("opening", "joined"),
    [
        (["接龙 苹果 价格 10 成团 3"], "Bob 跟团：1 × 苹果（#1）。当前 ¥10/份。"),
        (["/lang en", "/groupbuy Apples price 10 target 3"], "Bob is in: 1 × Apples (#1). Now ¥10 each."),
    ],
    ids=["zh", "en"],
)
async def test_a_message_cut_off_by_a_kill_is_answered_after_the_restart(
    tmp_path: Path, opening: list[str], joined: str
) -> None:
    async with running(tmp_path) as playground:
        for line in opening:
            await playground.say("amy", line)
        await killed_at(playground, "bob", "+1", after_commit=False)
        shown = await playground.transcript()
    assert shown[-1] == ("bob", "+1")  # the bubble, never answered

    async with running(tmp_path) as playground:  # restarted: the `+1` is answered now, once
        after_restart = await playground.transcript()
    assert after_restart == [*shown, ("bot", joined)]

    async with running(tmp_path) as playground:  # and never again
        assert await playground.transcript() == after_restart


async def test_a_message_answered_just_before_the_kill_is_not_answered_again(tmp_path: Path) -> None:
    """Killed after the join and its answer committed, before the bubble was marked answered: the next
    start hands it to the ChatApp again, which knows the update: one join, one answer."""
    async with running(tmp_path) as playground:
        await playground.say("amy", "接龙 苹果 价格 10 成团 3")
        await killed_at(playground, "bob", "+1", after_commit=True)
        shown = await playground.transcript()
    assert shown[-2:] == [("bob", "+1"), ("bot", "Bob 跟团：1 × 苹果（#1）。当前 ¥10/份。")]

    async with running(tmp_path) as playground:
        assert await playground.transcript() == shown
        orders = await playground.say("bob", "我的订单", chat="bob")
    assert len(orders) == 1, orders
    assert "苹果（family · Amy 的团 #1）：1 × ¥10 = ¥10（暂计）" in orders[0]  # one join, not two

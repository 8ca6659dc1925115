"""The per-person limit counts a member's friend lines, but the waiting list counted her own line only:
waiting for 3 on `limit 3`, then `+1 for A` in a unit that came free, she moved in with all 3 when
units came free (4 in all). Her wait now moves in only up to the limit, her own and her friends' lines
together, and she is told why; a new wait counts her friend lines too."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _lines(factory: FakeUnitOfWorkFactory) -> list[tuple[str, str, int]]:
    return [(line.user_id, line.friend, line.quantity) for line in factory.state.lines[1].values()]


async def test_a_wait_moves_in_up_to_the_limit_with_her_friend_lines() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1 stock 4 limit 3 ends today 20:00")
    await chat.say("bob", "+3")
    await chat.say("cat", "+1")
    await chat.say("troll", "/waitlist 3")
    await chat.say("amy", "/edit #1 stock 5")  # one unit free: too few for her wait of 3
    await chat.say("troll", "+1 for A")
    moved = [reply.text for reply in await chat.say("bob", "-3") if reply.text][-1]

    assert moved == (
        "🎉 In from the waiting list of Mangoes (#1): Troll ×2.\n"
        "Troll: 2 of the 3 you waited for moved in: the limit is 3 per person, and the lines you sign up"
        " for friends count as yours (you have 1 on them)."
    )
    assert sorted(line for line in _lines(factory) if line[0] == "troll") == [
        ("troll", "", 2),
        ("troll", "A", 1),
    ]


async def test_in_chinese_and_a_new_wait_counts_her_friend_lines() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 88 成团 1 库存 4 限购 3 截止 今晚8点")
    await chat.say("bob", "+3")
    await chat.say("cat", "+1")
    await chat.say("troll", "候补 3")
    await chat.say("amy", "修改 #1 库存 5")
    await chat.say("troll", "+1 帮 小王")
    moved = [reply.text for reply in await chat.say("bob", "-3") if reply.text][-1]
    again = Chat.said(await chat.say("troll", "候补 1"))

    assert moved == (
        "🎉 候补补上了 芒果（#1）：Troll ×2。\n"
        "Troll：你候补的 3 份只补上了 2 份：每人限购 3 份，帮朋友报的也算在你名下（你帮朋友报了 1 份）。"
    )
    assert again == "芒果 每人限购 3 份，你已经有 3 份了，不能再候补。没有任何改动。"
    assert sum(quantity for user, _, quantity in _lines(factory) if user == "troll") == 3

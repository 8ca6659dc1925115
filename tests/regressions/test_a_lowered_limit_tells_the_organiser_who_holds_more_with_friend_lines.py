"""`/edit #1 limit 2` checked the new limit against each line alone: a member holding 2 of her own and 2
for a friend (4 in all) passed unsaid. The organiser is now told privately who holds more than the new
limit, her friend lines counted (names and how many); nothing is taken from them, and their next joins
count all their lines."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _held(factory: FakeUnitOfWorkFactory, user: str) -> int:
    return sum(line.quantity for line in factory.state.lines[1].values() if line.user_id == user)


async def test_the_organiser_is_told_privately_who_is_over_and_nothing_is_taken() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1 stock 20 limit 5 ends today 20:00")
    await chat.say("troll", "+2")
    await chat.say("troll", "+2 for A")
    await chat.say("bob", "+2")
    await chat.say("dee", "+1 for X")
    await chat.say("dee", "+2 for Y")
    edited = await chat.say("amy", "/edit #1 limit 2")
    refused = Chat.said(await chat.say("troll", "+1 for B"))

    assert Chat.said(edited) == "Updated Mangoes (#1): limit 2."
    assert Chat.private(edited) == {
        "amy": "Mangoes (#1): 2 members already hold more than the new limit of 2 per person, the lines they"
        " signed up for friends counted: Troll 4, Dee 3. Nothing was taken from them; their next joins"
        " count all their lines and are refused while they are over."
    }
    assert refused == (
        "Sorry, Mangoes is limited to 2 per person, and the lines you sign up for friends count as yours:"
        " you already have 4 (your own and your friends' lines), the most you may take. Nothing was changed."
    )
    assert (_held(factory, "troll"), _held(factory, "dee"), _held(factory, "bob")) == (4, 3, 2)


async def test_in_chinese_one_member_over_is_named() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 88 成团 1 库存 20 限购 5 截止 今晚8点")
    await chat.say("troll", "+2")
    await chat.say("troll", "+1 帮 小王")
    await chat.say("bob", "+2")
    edited = await chat.say("amy", "修改 #1 限购 2")

    assert Chat.said(edited) == "已修改 芒果（#1）：限购 2。"
    assert Chat.private(edited) == {
        "amy": "芒果（#1）：有 1 人连同帮朋友报的已经超过新的每人限购 2 份：Troll 3 份。"
        "没有从他们那里减掉任何份数；他们之后跟团会把所有份数算在一起，超过限购就报不上。"
    }
    assert _held(factory, "troll") == 3


async def test_nobody_over_tells_nothing_privately() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 target 1 stock 20 limit 5 ends today 20:00")
    await chat.say("troll", "+1")
    await chat.say("troll", "+1 for A")
    edited = await chat.say("amy", "/edit #1 limit 2")

    assert Chat.private(edited) == {}

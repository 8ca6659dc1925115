"""`+0` and `+99999` were given a range and an example ("1 to 999. Example: +2"; at her limit "so 1 to 2.
Example: +2") that was then refused in turn: sold out, or her limit reached. Where a `+1` would be refused
too, they are now told what was wrong and then what that `+1` is told: how to wait, that all there is is
hers already, her place in the queue, her limit (found playing the playground; the review found the
cases a plain "how to wait" got wrong)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

WAIT = "whatever comes free goes to the first in line whose quantity fits."


async def test_sold_out_it_says_how_to_wait_as_a_join_is_told() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 2 ends tomorrow 8:00")
    await chat.say("bob", "+2")

    zero = Chat.said(await chat.say("cat", "+0"))
    named = Chat.said(await chat.say("cat", "+99999 #1"))

    sold_out = "is not a quantity I can take. Sorry, Tea is sold out. To wait for it, send /waitlist"
    assert zero == f"0 {sold_out} 1: {WAIT}"
    assert named == f"99999 {sold_out} #1 1: {WAIT}"
    waited = Chat.said(await chat.say("cat", "/waitlist 1"))
    assert waited.startswith("Cat is on the waiting list of Tea (#1) for 1: number 1 in line.")


async def test_never_a_wait_for_one_who_holds_it_all_or_waits_already() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 2 ends tomorrow 8:00")
    await chat.say("bob", "+2")
    await chat.say("cat", "/waitlist 1")

    holder = Chat.said(await chat.say("bob", "+0"))
    waiting = Chat.said(await chat.say("cat", "+0"))

    assert holder == (
        "0 is not a quantity I can take. Sorry, Tea is sold out: all there is is already yours, so there is "
        "nothing to wait for. Nothing was changed."
    )
    assert waiting.startswith(
        "0 is not a quantity I can take. Sorry, Tea (#1) is sold out. "
        "You are already on its waiting list for 1, number 1 in line"
    )


async def test_at_her_limit_it_says_so_and_a_joinable_one_keeps_its_range_and_nothing_joined() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 9 limit 2 ends tomorrow 8:00")
    await chat.say("bob", "+2")

    at_limit = Chat.said(await chat.say("bob", "+0"))
    ranged = Chat.said(await chat.say("dan", "+99999"))
    joined = Chat.said(await chat.say("dan", "+1"))

    assert at_limit == (
        "0 is not a quantity I can take. Sorry, Tea is limited to 2 per person and you already have 2: that "
        "is the most you may take. Nothing was changed."
    )
    assert (
        ranged == "99999 is not a quantity I can take: Tea is limited to 2 per person, so 1 to 2. Example: +2"
    )
    assert joined.startswith("Dan is in: 1 × Tea (#1).")  # the `+1` tried for its answer left no line


async def test_sold_out_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 库存 1 截止 明天上午8点")
    await chat.say("bob", "+1")

    too_many = Chat.said(await chat.say("troll", "+99999"))

    assert too_many == (
        "99999 不是有效的数量。抱歉，芒果 已经卖完了。"
        "想候补请发“候补 1”：空出的数量按排队顺序，补给数量放得下的人。"
    )

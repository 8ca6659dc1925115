"""`+0` and `+99999` were given a range and an example ("1 to 999. Example: +2"; at her limit "so 1 to 2.
Example: +2") that was then refused in turn: sold out, or her limit reached. Where a `+1` would be refused
too, they are now told what was wrong and then what that `+1` is told: how to wait, that all there is is
hers already, her place in the queue, her limit (found playing the playground; the review found the
cases a plain "how to wait" got wrong)."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

WAIT = "whatever comes free goes to the first in line whose quantity fits."


async def test_sold_out_it_says_how_to_wait_as_a_join_is_told() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Tea price 5 stock 2 ends tomorrow 8:00")
    await chat.say("bob", "+2")

    zero = Chat.said(await chat.say("cat", "+0"))
    named = Chat.said(await chat.say("cat", "+99999 #1"))

    sold_out = "is not a quantity I can take. Sorry, Tea is sold out. To wait for it, send /waitlist"
    assert zero == f"Cat: 0 {sold_out} 1: {WAIT}"  # named, as a flash sale's sold-out answers are
    assert named == f"Cat: 99999 {sold_out} #1 1: {WAIT}"
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
        "Bob: 0 is not a quantity I can take. Sorry, Tea is sold out: all there is is already yours, "
        "so there is nothing to wait for. Nothing was changed."
    )
    assert waiting.startswith(
        "Cat: 0 is not a quantity I can take. Sorry, Tea (#1) is sold out. "
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
        "Troll：99999 不是有效的数量。抱歉，芒果 已经卖完了。"
        "想候补请发“候补 1”：空出的数量按排队顺序，补给数量放得下的人。"
    )


async def test_a_count_in_a_unit_is_refused_once_and_told_how_to_wait() -> None:
    """`+0斤` got "0 不是有效的数量。0 不是有效的数量（1 到 999）…": the `+1` tried kept its `斤` count."""
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 30/斤 库存 2 截止 明天上午8点")
    await chat.say("cat", "+2")

    assert Chat.said(await chat.say("bob", "+0斤")) == (
        "Bob：0 不是有效的数量。抱歉，荔枝 已经卖完了。"
        "想候补请发“候补 1”：空出的数量按排队顺序，补给数量放得下的人。"
    )


async def test_several_open_it_asks_which_for_a_join_of_one_and_her_answer_joins_one() -> None:
    """With two open, `+0` was asked which group buy, and her answer joined 1 unsaid."""
    chat = fake_chat()
    await chat.say("ann", "/groupbuy Cookies price 5 stock 9 ends tomorrow 8:00")
    await chat.say("ann", "/groupbuy Jam price 6 stock 5 ends tomorrow 8:00")

    zero = Chat.said(await chat.say("cal", "+0"))
    answer = Chat.said(await chat.say("cal", "Jam"))
    named = Chat.said(await chat.say("dan", "+99999 #2"))

    assert zero == (
        "0 is not a quantity I can take. 2 group buys are open here: #1 Cookies · #2 Jam. Nothing was added: "
        "say which with its number (Cookies: +1 #1; Jam: +1 #2), or reply with its number or name."
    )
    assert answer.startswith("Cal is in: 1 × Jam (#2).")
    assert named == "99999 is not a quantity I can take: only 4 of Jam left, so 1 to 4. Example: +2 #2"


async def test_the_example_keeps_her_option_friend_and_number_and_what_she_holds() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 粽子 规格 小盒:30:3,大盒:50:2 截止 明天上午8点")
    await chat.say("a1", "+1 小盒")
    assert Chat.said(await chat.say("a4", "+99999 小盒")) == (
        "99999 不是有效的数量：粽子 小盒 只剩 2 份，只能跟 1 到 2。例如：+2 小盒"
    )
    assert Chat.said(await chat.say("a5", "+0")).startswith("0 不是有效的数量。粽子（#1）要哪个规格？")

    limited = fake_chat()
    await limited.say("lao", "接龙 荔枝 价格 30 库存 9 限购 2 截止 明天上午8点")
    await limited.say("dan", "+1")
    assert Chat.said(await limited.say("dan", "+0")) == (
        "0 不是有效的数量：荔枝 每人限购 2 份，只能跟 1 到 1。例如：+1"
    )
    assert Chat.said(await limited.say("lan", "+0 帮妈妈")) == (
        "0 不是有效的数量：荔枝 每人限购 2 份，只能跟 1 到 2。例如：+2 帮 妈妈"
    )


async def test_the_join_tried_leaves_no_question_answered_nor_friend_remembered() -> None:
    """The `+1` tried for the answer wrote the shared state as it went: `+0 #2` answered her open
    question which group buy (her `2` then got nothing), `+0 大盒` the one which option, and `+0 帮 赵奶奶`
    left 赵奶奶 remembered as a line taken off."""
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 30 库存 10 截止 明天上午8点")
    await chat.say("amy", "接龙 鸡蛋 价格 20 库存 10 截止 明天上午8点")
    await chat.say("bob", "+1")
    await chat.say("bob", "+0 #2")
    assert Chat.said(await chat.say("bob", "2")).startswith("Bob 跟团：1 × 鸡蛋（#2）。")

    options = fake_chat()
    await options.say("amy", "接龙 粽子 规格 大盒:68,小盒:33 截止 明天上午8点")
    await options.say("bob", "+1")
    await options.say("bob", "+0 大盒")
    assert Chat.said(await options.say("bob", "大盒")).startswith("Bob 跟团：1 × 粽子 大盒（#1）。")

    friend = fake_chat()
    await friend.say("amy", "接龙 土鸡蛋 价格 30 库存 10 截止 明天上午8点")
    await friend.say("bob", "+0 帮 赵奶奶")
    assert await friend.say("bob", "赵奶奶改成1份") == []


async def test_a_wrong_number_an_option_by_its_start_and_a_private_join_get_their_own_answers() -> None:
    """From the second review: `+0 #8` lost the not-found answer's example of a number here, `+0 小` the
    option its `+1` takes (小盒), and a private `+0` got `Example: +2 #1`, a form private chats refuse."""
    chat = fake_chat()
    await chat.say("ann", "/groupbuy Cookies price 5 stock 9 ends tomorrow 8:00")
    await chat.say("ann", "/groupbuy Jam price 6 stock 5 ends tomorrow 8:00")
    asked = await chat.say("cal", "+0")
    assert [button.data for row in asked[0].buttons for button in row] == ["wj:1", "wj:2"]  # as `+1`'s
    assert Chat.said(await chat.say("cal", "+0 #8")) == (
        "0 is not a quantity I can take. There is no group buy #8 in this chat: nothing was changed. "
        "Use the number on its card, e.g. +1 #2 or /join #2 2"
    )

    options = fake_chat()
    await options.say("lao", "接龙 粽子 规格 小盒:30:3,大盒:50:20 限购 5 截止 明天上午8点")
    await options.say("a1", "+2 小盒")
    assert Chat.said(await options.say("a1", "+0 小")) == (
        "0 不是有效的数量：粽子 小盒 只剩 1 份，只能跟 1 到 1。例如：+1 小盒"
    )

    shop = fake_chat()
    await shop.say("amy", "/groupbuy Tea price 5 stock 9 limit 3 ends tomorrow 8:00")
    code = re.search(r"\d+-[A-Z0-9]{4}\b", shop.shared(await shop.say("bob", "/share")))
    assert code is not None
    private = Chat.said(await shop.say("lili", f"+0 {code.group(0)}", private=True))
    assert private.endswith("Example: +2"), private

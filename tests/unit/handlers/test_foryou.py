"""For you in the chat (猜你喜欢, `/foryou`): in a private chat, the open group buys of the member's groups
they have not joined, best first, each with why, in Chinese and English; in a group, a line saying to ask
privately; `/foryou off` / `on` (`猜你喜欢 关` / `开`), told once; each mistake one message, nothing
changed."""

from __future__ import annotations

from commerce.domain.order import OrderStatus
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _community() -> tuple[Chat, FakeUnitOfWorkFactory]:
    """Amy opens three group buys in the family group; Bob and Cat bought mangoes and durian, Cat
    cherries too; Dan joined the mangoes only."""
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 榴莲 价格 120")
    await chat.say("amy", "接龙 车厘子 价格 200")
    for member, joined in (("bob", (1, 2)), ("cat", (1, 2, 3)), ("dan", (1,))):
        for group_buy in joined:
            await chat.say(member, f"+1 #{group_buy}")
    return chat, factory


async def test_picks_in_chinese_say_why_and_leave_out_what_was_joined() -> None:
    chat, _ = await _community()
    assert chat.said(await chat.say("dan", "猜你喜欢", private=True)) == (
        "🎯 猜你喜欢（来自你所在的群）：\n"
        "· #2 榴莲：2 位群友正在跟\n"
        "· #3 车厘子：1 位群友正在跟\n"
        "想要就在那个群里发 +1 #编号 跟团。发“猜你喜欢 关”不再推荐。"
    )


async def test_picks_in_english_with_plural_forms() -> None:
    chat, _ = await _community()
    assert chat.said(await chat.say("dan", "/foryou", private=True, language="en")) == (
        "🎯 For you, from your groups:\n"
        "· #2 榴莲: 2 friends on the list now\n"
        "· #3 车厘子: 1 friend on the list now\n"
        "To join, send +1 #number in its group. /foryou off stops these picks."
    )


async def test_a_verified_note_is_named_and_a_product_bought_before_counts() -> None:
    chat, factory = await _community()
    await chat.say("amy", "截单 #3")
    await chat.say("amy", "截单 #1")
    for order in factory.state.orders.values():
        order.status = OrderStatus.PAID
    await chat.say("amy", "接龙 车厘子 价格 210")  # the next batch: #4
    await chat.say("amy", "接龙 芒果 价格 90")  # #5
    await chat.say("cat", "种草 #4 车厘子超甜，强烈推荐")
    await chat.say("bob", "种草 #5 这批芒果不错")
    await chat.say("eve", "种草 #2 榴莲好吃")  # Eve bought none: her note is not verified
    assert chat.said(await chat.say("dan", "/foryou", private=True, language="en")) == (
        "🎯 For you, from your groups:\n"
        "· #5 芒果: 2 friends bought this; Bob's note ✅ (#2); you bought it before\n"
        "· #4 车厘子: 1 friend bought this; Cat's note ✅ (#1)\n"
        "· #2 榴莲: 2 friends on the list now; Eve's note (#3)\n"
        "To join, send +1 #number in its group. /foryou off stops these picks."
    )


async def test_in_a_group_it_says_to_ask_privately_and_shows_nothing() -> None:
    chat, _ = await _community()
    assert chat.said(await chat.say("dan", "/foryou")) == (
        "For you is private: send me /foryou in a private chat and I'll pick the open group buys of "
        "your groups that fit you."
    )
    assert chat.said(await chat.say("dan", "猜你喜欢")) == (
        "猜你喜欢只在私聊里看：私聊我发“猜你喜欢”，我从你所在的群里挑适合你的团。"
    )


async def test_off_and_on_told_once_each() -> None:
    chat, _ = await _community()
    said = [
        chat.said(await chat.say("dan", text, private=True))
        for text in ("猜你喜欢 关", "猜你喜欢 关", "猜你喜欢", "/foryou on", "/foryou on")
    ]
    assert said == [
        "猜你喜欢已关闭，不再为你挑团。发“猜你喜欢 开”可重新打开。",
        "猜你喜欢本来就是关闭的，没有任何改动。发“猜你喜欢 开”可重新打开。",
        "你关闭了猜你喜欢。发“猜你喜欢 开”可重新打开。",
        "For you is on: send /foryou any time for the open group buys that fit you.",
        "For you was already on: nothing was changed. Send /foryou for your picks.",
    ]
    assert "#2 榴莲" in chat.said(await chat.say("dan", "/foryou", private=True, language="en"))


async def test_a_bad_switch_is_one_message_and_changes_nothing() -> None:
    chat, factory = await _community()
    assert chat.said(await chat.say("dan", "/foryou maybe", private=True)) == (
        "Send /foryou for your picks, /foryou off to stop them or /foryou on to have them again: "
        "nothing was changed."
    )
    in_group = chat.said(await chat.say("dan", "猜你喜欢 关", private=False))
    assert in_group.endswith("请私聊我发“猜你喜欢 关”。")
    assert factory.state.foryou_off == set()
    talk = chat.said(await chat.say("dan", "猜你喜欢什么水果", private=True))  # talk, not the command
    assert talk == "我没看懂。发“帮助”看看我能做什么，或发“我的订单”查看你的订单。"


async def test_nothing_left_and_other_chats_stay_out() -> None:
    chat, _ = await _community()
    other = fake_chat()
    other.app = chat.app
    other.chat_id = "neighbours"
    await other.say("eve", "接龙 苹果 价格 30")
    await other.say("bob", "+1")
    assert chat.said(await chat.say("cat", "/foryou", private=True, language="en")) == (
        "Nothing new for you right now: no open group buy in your groups that you haven't joined. "
        "Try again when one opens."
    )


async def test_a_hidden_note_is_never_a_reason() -> None:
    chat, _ = await _community()
    chat.admins.add("amy")
    await chat.say("eve", "种草 #2 榴莲好吃")
    assert "Eve's note (#1)" in chat.said(await chat.say("dan", "/foryou", private=True, language="en"))
    await chat.say("amy", "隐藏 1")
    assert chat.said(await chat.say("dan", "/foryou", private=True, language="en")).splitlines()[1] == (
        "· #2 榴莲: 2 friends on the list now"
    )


async def test_an_organiser_is_never_offered_her_own_group_buy() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 芒果 价格 30")
    await chat.say("bob", "接龙 葡萄 价格 20")
    mine = chat.said(await chat.say("amy", "猜你喜欢", private=True))
    assert "#2 葡萄" in mine and "#1 芒果" not in mine

"""rep40 #3: Amy's `取消 9` called off 阳光玫瑰 #9 at once, Bob and Uma on it, with no question and no undo
(`取消未付款` asks for 确认 first). A group buy somebody joined is now called off only once she confirms:
`取消 9` says what it would do (how many people, how many units, each told privately), nothing changed,
and `取消 #9 确认` does it, a reason kept before or after the yes; one nobody joined goes at once, as
before. Right after, `取消 #10` had answered "例如：取消 #9", naming the one just called off: with none
open here it names none."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

ASKED_ZH = (
    "将取消 阳光玫瑰 2斤装（#1），已有 2 人跟团（3 份），每人会收到私信。现在还没有任何改动，"
    "确认就发：取消 #1 确认"
)


async def _grapes(*, english: bool = False) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("amy", "/groupbuy Grapes price 60 ends 3d")
    else:
        await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 60 截止 3d")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")
    return chat


async def test_in_chinese_a_call_off_with_buyers_asks_first_and_changes_nothing() -> None:
    chat = await _grapes()

    replies = await chat.say("amy", "取消 1")

    assert Chat.said(replies) == ASKED_ZH
    assert Chat.private(replies) == {}
    card = await chat.card(1)
    assert "已取消" not in card and "Bob ×2" in card
    assert "Dan 跟团" in Chat.said(await chat.say("dan", "+1"))  # still open


async def test_in_chinese_the_yes_calls_it_off_and_tells_each_buyer() -> None:
    chat = await _grapes()
    await chat.say("amy", "取消 #1")

    replies = await chat.say("amy", "取消 #1 确认")

    assert Chat.said(replies) == "🚫 阳光玫瑰 2斤装（#1）已取消，不收任何款项。"
    assert set(Chat.private(replies)) == {"bob", "cat"}
    assert "已取消" in await chat.card(1)


async def test_in_chinese_a_reason_is_kept_in_the_yes_and_told() -> None:
    chat = await _grapes()

    asked = Chat.said(await chat.say("amy", "取消 #1 供应商缺货"))
    replies = await chat.say("amy", "取消 #1 供应商缺货 确认")

    assert asked.endswith("确认就发：取消 #1 确认 供应商缺货")
    assert Chat.said(replies) == "🚫 阳光玫瑰 2斤装（#1）已取消，不收任何款项。\n原因：供应商缺货"


async def test_in_chinese_one_nobody_joined_is_called_off_at_once() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 阳光玫瑰 价格 60 截止 3d")

    said = Chat.said(await chat.say("amy", "取消"))

    assert said == "🚫 阳光玫瑰（#1）已取消，不收任何款项。"


async def test_in_chinese_after_the_call_off_no_example_names_it() -> None:
    chat = await _grapes()
    await chat.say("amy", "取消 #1 确认")

    said = Chat.said(await chat.say("amy", "取消 #10"))

    assert said == "这个群里没有团购 #10，现在也没有在接龙的团，没有任何改动。"
    assert "取消 #1" not in said


async def test_in_english_a_call_off_with_buyers_asks_first() -> None:
    chat = await _grapes(english=True)

    asked = Chat.said(await chat.say("amy", "/cancel"))
    replies = await chat.say("amy", "/cancel #1 confirm")

    assert asked == (
        "This calls off Grapes (#1): 2 people have joined (3 units), and each will be told privately. "
        "Nothing has changed yet; to go ahead, send: /cancel #1 confirm"
    )
    assert Chat.said(replies) == "🚫 Grapes (#1) was cancelled. Nobody is charged."
    assert set(Chat.private(replies)) == {"bob", "cat"}


async def test_in_english_one_buyer_is_said_in_the_singular() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Grapes price 60 ends 3d")
    await chat.say("bob", "+1")

    asked = Chat.said(await chat.say("amy", "/cancel #1"))

    assert asked.startswith("This calls off Grapes (#1): 1 person has joined (1 unit) and will be told")

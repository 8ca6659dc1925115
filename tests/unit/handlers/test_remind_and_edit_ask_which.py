"""催款 (`/remind`) and 修改 (`/edit`) with several group buys open and none named ask which with their
own command's example (`催款 #2`, `修改 #2 价格 8`: her edit, numbered), one of the organiser's own, as
截单 does; with one of hers open among others', 催款 speaks of hers."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def three_open() -> Chat:
    chat = fake_chat()
    await chat.say("bob", "接龙 苹果 价格 5")
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("amy", "接龙 芒果 价格 30")
    return chat


async def test_remind_asks_which_with_its_own_example() -> None:
    chat = await three_open()

    assert chat.said(await chat.say("amy", "催款")) == (
        "你在这个群里有 2 个团在接龙：#2 荔枝 · #3 芒果。请带上编号，例如 催款 #2。"
    )
    assert chat.said(await chat.say("amy", "/remind")) == (
        "你在这个群里有 2 个团在接龙：#2 荔枝 · #3 芒果。请带上编号，例如 /remind #2。"
    )
    assert chat.said(await chat.say("amy", "催款 #2")) == "#2 荔枝 还在接龙，截单后才需要付款，没有发送提醒。"


async def test_edit_asks_which_with_its_own_example() -> None:
    chat = await three_open()

    assert chat.said(await chat.say("amy", "修改 价格 8")) == (
        "你在这个群里有 2 个团在接龙：#2 荔枝 · #3 芒果。请带上编号，例如 修改 #2 价格 8。"
    )
    assert chat.said(await chat.say("amy", "/edit price 8")) == (
        "You have 2 group buys open here: #2 荔枝 · #3 芒果. Say which with its number,"
        " e.g. /edit #2 price 8."
    )
    assert chat.said(await chat.say("amy", "修改 #2 截止 明天20:00")).startswith("已修改 荔枝（#2）")


async def test_remind_with_one_of_hers_open_among_others_speaks_of_hers() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 荔枝 价格 10")
    await chat.say("bob", "接龙 苹果 价格 5")

    said = chat.said(await chat.say("amy", "催款"))

    assert said == "#1 荔枝 还在接龙，截单后才需要付款，没有发送提醒。"


async def test_remind_with_several_owing_keeps_its_question() -> None:
    chat = await three_open()
    for user, text in [("cat", "+1 #2"), ("cat", "+1 #3"), ("amy", "截单 #2"), ("amy", "截单 #3")]:
        await chat.say(user, text)

    assert chat.said(await chat.say("amy", "催款")) == (
        "你在本群有 2 个团在等付款：#2 荔枝 · #3 芒果。请说是哪一个：催款 #2"
    )

"""Review 33: answers to a command in the wrong place named nothing real: `/paid 5-4` in sg1 (the order is
sg2's) got "Example: /paid 6-1"; `+1 #8` where #8 is not got "e.g. +1 #5" though #5 had closed; a buyer's
private `/close` was told to name a number (she organises nothing); the organiser's private `/remind` named
a buy nobody owed for; `/extend #6 2d` was unknown. Each now says what is true and what to send."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_groups() -> tuple[Chat, Chat]:
    sg1 = fake_chat(FakeUnitOfWorkFactory())
    sg1.chat_id, sg1.title = "sg1", "sg1"
    sg2 = Chat(sg1.app, chat_id="sg2", title="sg2")
    for chat in (sg1, sg2):
        await chat.say("amy", "/lang en")
    await sg1.say("amy", "/groupbuy Durian price 68 ends 2h")
    await sg1.say("bob", "+1")
    await sg2.say("amy", "/groupbuy Prawns price 32 ends 2h")
    await sg2.say("cat", "+1")
    await sg2.say("amy", "/close")
    await sg2.say("bob", "hi")  # Bob is in both groups
    return sg1, sg2


async def test_an_order_or_a_group_buy_of_another_group_says_where_it_is() -> None:
    sg1, sg2 = await _two_groups()
    assert sg1.said(await sg1.say("amy", "/paid 2-1")) == (
        "Order #2-1 is of Prawns (#2) in “sg2”, not this chat: nothing was changed. "
        "Send it there, or to me privately."
    )
    assert sg1.said(await sg1.say("amy", "已收 2-1")) == (
        "订单 #2-1 是「sg2」里 Prawns（#2）的订单，不在这个群，没有任何改动。"
        "请到那个群里发，或在私聊里发给我。"
    )
    assert sg2.said(await sg2.say("bob", "+1 #1")) == (
        "Group buy #1 (Durian) is not in this chat but in “sg1”: nothing was changed. Send it there."
    )
    assert sg2.said(await sg2.say("zed", "+1 #1")) == (  # not in sg1: nothing told, no closed #2 offered
        "There is no group buy #1 in this chat, and none is open here: nothing was changed."
    )


async def test_organiser_commands_in_private_name_what_she_can_act_on() -> None:
    sg1, _ = await _two_groups()
    assert sg1.said(await sg1.say("abe", "/close", private=True)) == (
        "Only a group buy's organiser uses /close, and you have not organised one: nothing was changed. "
        "To leave one you joined, send /leave in its group."
    )
    assert sg1.said(await sg1.say("abe", "截单", private=True)) == (
        "只有团长才能用 截单，你还没有开过团购，没有任何改动。要退出自己跟的团，在群里发 退出。"
    )
    assert sg1.said(await sg1.say("amy", "/remind", private=True)) == (  # #2 is owed for, #1 still open
        "Write it like: /remind #2 (the group buy whose buyers should pay)"
    )
    assert sg1.said(await sg1.say("amy", "/extend #1 2d")) == (
        "I don't know the command /extend. Did you mean /edit #1 ends 2d? "
        "Send /help to see what I understand."
    )
    assert sg1.said(await sg1.say("amy", "/延期 #1 明天20:00")) == (
        "我不认识 /延期 这个命令，是想发 /修改 #1 截止 明天20:00 吗？发“帮助”看看我能做什么。"
    )

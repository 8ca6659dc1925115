"""Round 28 (item 17): with the target of 3 just reached, Dan (holding 2) sent `-1 #1` and was told
"现在退出会让大家的团不成了": he had asked to take one off, not to leave. A reduction the target forbids
is now said as one (`现在减掉…要减少请联系团长 Amy`); a whole leave keeps its 退出 wording; nothing
changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_in_chinese_one_off_of_two_is_refused_as_a_reduction() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南贵妃芒 5斤 价格 88 成团 3 截止 3d")
    await chat.say("dan", "+2")
    await chat.say("eve", "+1")

    fewer = Chat.said(await chat.say("dan", "-1 #1"))
    whole = Chat.said(await chat.say("dan", "退出"))

    assert fewer == (
        "海南贵妃芒 5斤（#1）已经成团（成团要 3 份，现在共 3 份），减掉后只剩 2 份，"
        "不够成团，大家的团就不成了，没有改动。"
        "截单前要减少：等有人再跟、超过成团数以后就能减；或者请团长 Amy 帮你改。"
    )
    assert whole == (
        "海南贵妃芒 5斤（#1）已经成团（成团要 3 份，现在共 3 份），你退出后只剩 1 份，"
        "不够成团，大家的团就不成了，没有改动。"
        "截单前要退出：等有人再跟、超过成团数以后就能退；或者请团长 Amy 把你移出。"
    )
    assert "Dan ×2" in await chat.card(1)


async def test_in_english_one_off_of_two_is_refused_as_a_reduction() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Mangoes price 88 target 3 ends 3d")
    await chat.say("dan", "+2")
    await chat.say("eve", "+1")

    fewer = Chat.said(await chat.say("dan", "-1"))
    whole = Chat.said(await chat.say("dan", "/leave"))

    assert fewer == (
        "Mangoes (#1) has formed (3 units taken, target 3 units): taking that off would bring it down to "
        "2 units, below its target, and undo it for everyone, so nothing was changed. "
        "To lower it before it closes: once more have joined and it is above its target, you can; "
        "or ask the organiser, Amy, to change it."
    )
    assert whole.startswith(
        "Mangoes (#1) has formed (3 units taken, target 3 units): your leaving would bring it down to 1 unit,"
    ), whole

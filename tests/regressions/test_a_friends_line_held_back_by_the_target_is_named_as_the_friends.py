"""rep79 #8: once the target was met, `赵奶奶不要了` / `赵奶奶改成1份` from Chen were refused with
`你退出后只剩…` / `请团长 Ann 把你移出`: it is 赵奶奶's line, not Chen's. The refusal now names the
friend's line, in Chinese and English; nothing is changed."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _formed() -> Chat:
    chat = fake_chat()
    await chat.say("ann", "接龙 土鸡蛋 价格 45 成团 3 截止 3d", name="Ann")
    await chat.say("zhou", "+1", name="Zhou")
    await chat.say("chen", "帮赵奶奶报2份", name="Chen")
    return chat


async def test_taking_off_her_friends_line_names_it() -> None:
    chat = await _formed()
    before = await chat.card()

    gone = Chat.said(await chat.say("chen", "赵奶奶不要了", name="Chen"))
    fewer = Chat.said(await chat.say("chen", "赵奶奶改成1份", name="Chen"))

    assert gone == (
        "土鸡蛋（#1）已经成团（成团要 3 份，现在共 3 份），赵奶奶 这 2 份撤下后只剩 1 份，不够成团，"
        "大家的团就不成了，没有改动。截单前要撤下：等有人再跟、超过成团数以后就能撤；"
        "或者请团长 Ann 把 赵奶奶 这一行移出。"
    )
    assert fewer == (
        "土鸡蛋（#1）已经成团（成团要 3 份，现在共 3 份），赵奶奶 这一行减掉 1 份后只剩 2 份，不够成团，"
        "大家的团就不成了，没有改动。截单前要减少：等有人再跟、超过成团数以后就能减；"
        "或者请团长 Ann 帮 赵奶奶 这一行改。"
    )
    assert await chat.card() == before


async def test_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/groupbuy Cookies price 5 target 3 ends 1h")
    await chat.say("bob", "+1")
    await chat.say("eve", "+2 for Zhao")

    gone = Chat.said(await chat.say("eve", "-2 for Zhao"))
    fewer = Chat.said(await chat.say("eve", "-1 for Zhao"))

    assert gone == (
        "Cookies (#1) has formed (3 units taken, target 3 units): taking off Zhao’s 2 units would bring it "
        "down to 1 unit, below its target, and undo it for everyone, so nothing was changed. "
        "To take it off before it closes: once more have joined and it is above its target, you can; "
        "or ask the organiser, Amy, to take Zhao’s "
        "line off."
    )
    assert fewer == (
        "Cookies (#1) has formed (3 units taken, target 3 units): taking 1 unit off Zhao’s line would bring "
        "it down to 2 units, below its target, and undo it for everyone, so nothing was changed. "
        "To lower it before it closes: once more have joined and it is above its target, you can; "
        "or ask the organiser, Amy, to change "
        "Zhao’s line."
    )

"""s36 #3: 荔枝 #2 had stock 2, both units on Li's line for her friend 赵奶奶 (`+2 帮 赵奶奶`). Li's own `+1`
was offered a wait (`想候补请发“候补 #2 1”`) that only her own friend's units could ever fill. As the
refusal for her own line does (`能卖的都已经在你名下`), she is told that her friend's line holds it all,
and how to take some herself; nothing changes, and the way it names works."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _lychees(english: bool = False) -> Chat:
    chat = fake_chat()
    if english:
        await chat.say("bob", "/groupbuy Dumplings price 10 ends 3d")
        await chat.say("bob", "/groupbuy Lychees price 10 stock 2 ends 3d")
        await chat.say("li", "+2 #2 for Zhao")
    else:
        await chat.say("bob", "接龙 饺子 价格 10 截止 3d")
        await chat.say("bob", "接龙 荔枝 价格 10 库存 2 截止 3d")
        await chat.say("li", "+2 #2 帮 赵奶奶")
    return chat


async def test_her_friends_line_holding_it_all_is_named_with_how_to_change_it() -> None:
    chat = await _lychees()

    said = chat.said(await chat.say("li", "+1 #2"))

    assert said == (
        "Li：抱歉，荔枝 已经卖完了：能卖的都在你帮 赵奶奶 报的那一行里，没有可以候补的。"
        "想自己也要，先发“-1 帮 赵奶奶”给 赵奶奶 减一份，再发 +1。没有任何改动。"
    )
    assert "候补 #2" not in said
    lowered = chat.said(await chat.say("li", "-1 帮 赵奶奶"))
    assert lowered == "Li 帮 赵奶奶 报的现在是 1 × 荔枝（#2）。当前 ¥10/份。"
    joined = chat.said(await chat.say("li", "+1 #2"))
    assert joined == "Li 跟团：1 × 荔枝（#2）。当前 ¥10/份。🈵 已售罄！"


async def test_another_member_is_still_offered_the_wait() -> None:
    chat = await _lychees()

    said = chat.said(await chat.say("zhou", "+1 #2"))

    assert "想候补请发“候补 #2 1”" in said


async def test_in_english() -> None:
    chat = await _lychees(english=True)

    said = chat.said(await chat.say("li", "+1 #2"))

    assert said == (
        "Li: Sorry, Lychees is sold out: all there is is on the line you signed up for Zhao, so there is "
        "nothing to wait for. To get some yourself, first send -1 for Zhao to take one off Zhao's line, "
        "then +1. Nothing was changed."
    )
    lowered = chat.said(await chat.say("li", "-1 for Zhao"))
    assert lowered == "Li's line for Zhao now has 1 × Lychees (#2). Now ¥10 each."

"""s40 noticed: `踢出 全部` with several open was asked which, `例如 踢出 #1 全部`, and that example was then
refused (`名单上没有叫 全部 的人`). `全部` naming no one is now answered with the form that names whose lines
(`踢出 @名字 全部`), nothing changed, and that form works."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_remove_all_naming_no_one_is_told_to_name_whose() -> None:
    chat = fake_chat()
    await chat.say("li", "接龙 车厘子 价格 80 截止 明晚8点", name="李姐")
    await chat.say("li", "接龙 苹果 价格 5 截止 明晚8点", name="李姐")
    await chat.say("mei", "+1 #1", name="小美")
    await chat.say("mei", "+1 #1 帮 妈妈", name="小美")
    before = await chat.cards_up_to(2)

    for typed, at in (("踢出 全部", ""), ("踢出 #1 全部", "#1 ")):
        said = [r.text for r in await chat.say("li", typed, name="李姐") if r.text]
        assert said == [
            f"“全部”要写上踢谁的：踢出 {at}@名字 全部，会把 TA 自己的和 TA 代报的都踢出。没有任何改动。"
        ]
    assert await chat.cards_up_to(2) == before

    removed = [r.text for r in await chat.say("li", "踢出 #1 @小美 全部", name="李姐") if r.text]
    assert removed and "小美" in removed[0]
    assert "小美" not in await chat.card(1)


async def test_remove_all_in_english_is_told_the_same() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Durian price 30")
    await chat.say("kim", "+1")

    said = [r.text for r in await chat.say("amy", "/remove all") if r.text]

    assert said == [
        "“all” needs whose lines: /remove @name all takes off their own line and every friend’s they added."
        " Nothing was changed."
    ]

"""rep94 #4: `踢出 @小张 1` of 小张's ×2 and `/remove #6 @Cat 1` of Cat's ×2 took the whole line off (and
the group buy below its target), the count silently ignored. A removal takes a line off whole, so a count
short of what the line holds is refused, nothing changed, with how to take off only that many (the
member's own `-1 #1`; a guest's line: removed, then added again) and the whole line's form; a count equal
to the line takes it off as without one."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_held(lang: str) -> Chat:
    chat = fake_chat(default_language=lang)
    zh = lang == "zh"
    await chat.say("amy", "接龙 鸡蛋 价格 30 成团 3" if zh else "/groupbuy Eggs price 30 target 3")
    await chat.say("cat", "+2")
    await chat.say("bob", "+1")
    await chat.say("amy", "代报 王阿姨 2" if zh else "/add Wang 2")
    return chat


async def test_a_count_short_of_the_line_is_refused_with_both_ways() -> None:
    chat = await _two_held("en")
    card = await chat.card()

    assert chat.said(await chat.say("amy", "/remove #1 @Cat 1")) == (
        "/remove takes a whole line off, and Cat holds ×2 of Eggs (#1), not 1: nothing was changed. "
        "To take off only 1, Cat sends -1 #1; to take the whole line off, send /remove #1 @Cat."
    )
    assert chat.said(await chat.say("amy", "/remove Wang 1")) == (
        "/remove takes a whole line off, and Wang holds ×2 of Eggs (#1), not 1: nothing was changed. "
        "To keep 1 for Wang, send /add #1 Wang make it 1."
    )
    assert chat.said(await chat.say("amy", "/remove @Bob 3")) == (
        "Bob holds only ×1 of Eggs (#1), not 3: nothing was changed. "
        "To take the whole line off, send /remove #1 @Bob."
    )
    assert await chat.card() == card
    removed = chat.said(await chat.say("amy", "/remove @Bob 1"))
    assert removed.startswith("Amy removed Bob (×1) from Eggs (#1).")


async def test_in_chinese_too() -> None:
    chat = await _two_held("zh")
    card = await chat.card()

    assert chat.said(await chat.say("amy", "踢出 @Cat 1")) == (
        "踢出 会把整行移出，Cat 在 鸡蛋（#1）报的是 ×2，不是 1，没有任何改动。"
        "只减 1：请 Cat 自己发 -1 #1；整行移出：发 踢出 #1 @Cat。"
    )
    assert await chat.card() == card
    assert chat.said(await chat.say("cat", "-1 #1")).startswith("Cat")
    assert chat.said(await chat.say("amy", "踢出 @Cat 1")).startswith("Amy 把 Cat（×1）移出了 鸡蛋（#1）。")

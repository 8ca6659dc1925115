"""s25 review: `me too +1, 2 more` was silent (the comma made the note unreadable), `+1, 2 more` read
`1, 2` as a decimal 1.2, and `+1，要三份` was silent. A note after a comma is a note as after a space: a
count in it other than the `+N` joins nothing and is answered as `+1 要三份` is (with several open, the
question which, taking the count asked); `+1，3号楼`-like notes, `+1, gate 3`, still join, `+1,5` is still
a decimal comma, and `2 more days?` stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

EN = "You wrote +1 and “2 more”: for 2 jin, send +2 (or I want 2 jin). Nothing was changed."


async def test_a_conflicting_count_after_a_comma_joins_nothing_in_english() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Lychees price 12/jin")
    card = await chat.card(1)

    assert chat.said(await chat.say("eve", "me too +1, 2 more")) == EN
    assert chat.said(await chat.say("eve", "+1, 2 more")) == EN
    assert await chat.say("eve", "2 more days?") == []
    assert await chat.card(1) == card

    said = chat.said(await chat.say("eve", "+1, gate 3"))
    assert said == "Eve is in: 1 jin of Lychees (#1). Note: gate 3. Now ¥12/jin."


async def test_a_conflicting_count_after_a_comma_joins_nothing_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 20")
    card = await chat.card(1)

    said = chat.said(await chat.say("eve", "+1，要三份"))
    assert said == "你写了 +1 和“要三份”：要 3 份就发 +3（或 我要3份），没有任何改动。"
    assert await chat.card(1) == card
    said = chat.said(await chat.say("eve", "+1,5"))
    assert said == "“1,5”：小数请写点（1.5），但这里按份卖，份数只能是整数：发 +1 或 +2。没有任何改动。"
    for text, note in (("+1 3号楼", "3号楼"), ("+1 302室", "302室"), ("+1 下午3点取", "下午3点取")):
        said = chat.said(await chat.say("eve", text))
        assert f"备注：{note}。" in said, text


async def test_with_several_open_the_question_which_takes_the_count_asked() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 20")
    await chat.say("amy", "/groupbuy Lychees price 12/jin")

    said = chat.said(await chat.say("eve", "me too +1, 2 more"))

    assert said == (
        "2 group buys are open here: #1 Mangoes · #2 Lychees. Nothing was added: say which with its "
        "number (Mangoes: +2 #1; Lychees: +2 #2), or reply with its number or name."
    )

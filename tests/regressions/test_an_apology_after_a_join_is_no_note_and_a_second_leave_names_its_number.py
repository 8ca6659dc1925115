"""Session 26 (rep37 #12): Xu's `+2 #3 刚才忘了付 不好意思` kept "刚才忘了付 不好意思" as the line's note,
shown on the card; an apology (and what it excuses) is said to the group, never written on the order. Dan's
`退出 #2` after he had left, with two group buys open, was told "跟团请发 +1", which with two open only
asks which: the example now carries #2. (rep40 #11: a leave from one not on it no longer invites a
join at all: `你还没有跟 阳光玫瑰（#2），没有可以退出的`, its number named.)"""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _two_open(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "zh":
        await chat.say("lin", "接龙 土鸡蛋 价格 45 截止 3d", name="Lin")
        await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 3d", name="Amy")
    else:
        await chat.say("lin", "/groupbuy Eggs price 45 ends 3d", name="Lin")
        await chat.say("amy", "/groupbuy Grapes price 68 ends 3d", name="Amy")
    return chat


async def test_in_chinese_an_apology_after_a_join_is_no_note() -> None:
    chat = await _two_open()

    said = chat.said(await chat.say("xu", "+2 #2 刚才忘了付 不好意思", name="Xu"))
    kept = chat.said(await chat.say("yan", "+1 #2 3号楼 抱歉来晚了", name="Yan"))
    card = await chat.card(2)

    assert said == "Xu 跟团：2 × 阳光玫瑰（#2）。当前 ¥68/份。"
    assert "忘了付" not in card and "不好意思" not in card and "抱歉" not in card
    assert "Xu ×2\n" in card + "\n"
    assert "3号楼" in card  # the note before the apology stays
    assert kept.startswith("Yan 跟团：1 × 阳光玫瑰（#2）。")


async def test_in_english_an_apology_after_a_join_is_no_note() -> None:
    chat = await _two_open("en")

    await chat.say("xu", "+1 #2 gate 3, sorry I forgot", name="Xu")
    card = await chat.card(2)

    assert "gate 3" in card
    assert "sorry" not in card and "forgot" not in card


async def test_in_chinese_a_leave_when_not_on_it_names_its_number_with_two_open() -> None:
    chat = await _two_open()
    await chat.say("dan", "+1 #2", name="Dan")
    await chat.say("dan", "退出 #2", name="Dan")

    said = chat.said(await chat.say("dan", "退出 #2", name="Dan"))

    assert said == "你还没有跟 阳光玫瑰（#2），没有可以退出的，没有任何改动。"


async def test_in_english_a_leave_when_not_on_it_names_its_number_with_two_open() -> None:
    chat = await _two_open("en")

    said = chat.said(await chat.say("dan", "/leave #2", name="Dan"))

    assert (
        said == "You are not on the list of Grapes (#2), so there is nothing to leave. Nothing was changed."
    )


async def test_with_one_open_the_example_stays_plain() -> None:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 阳光玫瑰 价格 68 截止 3d", name="Amy")

    said = chat.said(await chat.say("dan", "退出 #1", name="Dan"))

    assert said == "你还没有跟 阳光玫瑰（#1），没有可以退出的，没有任何改动。"

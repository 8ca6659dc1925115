"""Review 55 #7: `has anyone tried the durian?`, `有人买过粽子吗` said in a group (no `/ask`, no mention)
about a group buy that closed there got silence, while `/ask has anyone tried the durian?` says who
bought it; and `anyone tried the mangoes?` with Mangoes open and no note on it got silence, while
`where can I buy mangoes?` says it is open. Now the first gets the `/ask` answer (who bought it, that it
ran here) and the second that it is open here and how to join; a product nobody sold here stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _ran_then_open(lang: str) -> Chat:
    chat = fake_chat()
    zh = lang == "zh"
    await chat.say("amy", "接龙 粽子 价格 30" if zh else "/groupbuy Durian price 50", name="Amy")
    await chat.say("jon", "+1", name="Jon")
    await chat.say("kim", "+1", name="Kim")
    await chat.say("amy", "截单" if zh else "/close", name="Amy")
    await chat.say("amy", "接龙 芒果 价格 88" if zh else "/groupbuy Mangoes 5kg price 88", name="Amy")
    return chat


async def test_a_closed_product_asked_about_in_english_says_who_bought_it_here() -> None:
    chat = await _ran_then_open("en")
    replies = await chat.say("bob", "has anyone tried the durian?", name="Bob")
    assert chat.said(replies) == (
        "Durian (#1) ran here and has closed: Jon, Kim ordered it. To buy again, ask the organiser, Amy, "
        "to open another round.\nStill want to ask Amy? Tap below and the answer comes to you privately."
    )


async def test_a_closed_product_asked_about_in_chinese_says_who_bought_it_here() -> None:
    chat = await _ran_then_open("zh")
    replies = await chat.say("bob", "有人买过粽子吗", name="Bob")
    assert chat.said(replies) == (
        "本群开过 粽子（#1），已经截单了：Jon、Kim 跟过这个团。想再买的话，请 @团长 Amy 再开一团。\n"
        "还想问团长 Amy？点下面的按钮，回答会私信给你。"
    )


async def test_an_open_product_with_no_note_is_said_open_here() -> None:
    chat = await _ran_then_open("en")
    for question in ("anyone tried the mangoes?", "anyone tried the mangos?"):
        replies = await chat.say("bob", question, name="Bob")
        assert chat.said(replies) == "Mangoes 5kg (#2) is open here: send +1 #2 to join."
    chat = await _ran_then_open("zh")
    replies = await chat.say("bob", "有人吃过芒果吗", name="Bob")
    assert chat.said(replies) == "芒果（#2）正在这个群里接龙，要跟就发 +1 #2。"


async def test_a_product_never_sold_here_stays_talk() -> None:
    chat = await _ran_then_open("en")
    assert await chat.say("bob", "anyone tried the lychees?", name="Bob") == []
    chat = await _ran_then_open("zh")
    assert await chat.say("bob", "有人买过荔枝吗", name="Bob") == []


async def test_what_a_product_is_like_stays_talk_among_friends() -> None:
    chat = await _ran_then_open("zh")
    assert await chat.say("bob", "芒果好吃吗", name="Bob") == []  # open, no note: theirs to answer

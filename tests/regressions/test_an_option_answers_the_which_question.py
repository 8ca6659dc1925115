"""Asked which group buy a `+1` meant, with several open and one of them sold in options (水蜜桃 小盒/大盒),
the answer `大盒` (the option the question's own example names) or `#3 大盒` was silent: only `#3` answered,
then asking the option. An option of one listed group buy, alone or after its number, joins it with that
option, the count first typed kept; in English too (`large`, `#3 large`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _zh() -> Chat:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88")
    await chat.say("amy", "接龙 草莓 价格 30/盒")
    await chat.say("amy", "接龙 水蜜桃 规格 小盒:30,大盒:50")
    return chat


async def test_an_option_alone_answers_the_which_question() -> None:
    chat = await _zh()

    asked = Chat.said(await chat.say("bob", "+1"))
    joined = Chat.said(await chat.say("bob", "大盒"))
    await chat.say("cat", "+2")
    small = Chat.said(await chat.say("cat", "小盒"))

    assert "水蜜桃发 +1 #3 大盒（也可以直接回复编号或名称）" in asked, asked
    assert joined == "Bob 跟团：1 × 水蜜桃 大盒（#3）。大盒 现价 ¥50/份。"
    assert small == "Cat 跟团：2 × 水蜜桃 小盒（#3）。小盒 现价 ¥30/份。"


async def test_a_number_and_its_option_answer_the_which_question() -> None:
    chat = await _zh()

    await chat.say("bob", "+2")
    joined = Chat.said(await chat.say("bob", "#3 大盒"))
    again = await chat.say("bob", "#3 大盒")  # answered: talk again, nothing added

    assert joined == "Bob 跟团：2 × 水蜜桃 大盒（#3）。大盒 现价 ¥50/份。"
    assert again == []


async def test_an_option_of_no_listed_number_is_no_answer() -> None:
    chat = await _zh()

    await chat.say("bob", "+1")
    wrong = await chat.say("bob", "#2 大盒")  # 草莓 has no 大盒
    joined = Chat.said(await chat.say("bob", "大盒"))

    assert wrong == []
    assert joined == "Bob 跟团：1 × 水蜜桃 大盒（#3）。大盒 现价 ¥50/份。"


async def test_an_english_option_answers_the_which_question() -> None:
    chat = fake_chat()
    await chat.say("amy", "/lang en")
    await chat.say("amy", "/groupbuy Mangoes price 20")
    await chat.say("amy", "/groupbuy Peaches options small:30,large:50")

    await chat.say("bob", "+1")
    large = Chat.said(await chat.say("bob", "large"))
    await chat.say("cat", "+2")
    small = Chat.said(await chat.say("cat", "#2 small please"))

    assert large.startswith("Bob is in: 1 × Peaches large (#2)."), large
    assert small.startswith("Cat is in: 2 × Peaches small (#2)."), small

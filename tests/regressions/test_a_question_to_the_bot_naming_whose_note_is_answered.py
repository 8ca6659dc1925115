"""Review 105, finding 4: questions addressed to the bot got no answer at all: `@Tuan 阿花说的芒果哪里买`,
`@Tuan where can I buy the kaya Cat talked about?`, and `@Tuan 芒果哪里买` with no note on it. The friend
named is read as whose note it is (hers quoted, before anyone else's); a name that wrote none, the
product alone is asked about; and a mention of the bot always gets an answer, at least that no note
mentions it yet."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

HUA = "笔记 #1 阿花：「这款海南贵妃芒超甜，回购三次了」"


async def test_a_friends_name_before_the_product_quotes_her_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("hua", "种草 这款海南贵妃芒超甜，回购三次了", name="阿花")
    await chat.say("li", "种草 芒果一般般，有点酸，不推荐", name="小李")

    for asked in (
        "@tuan_bot 阿花说的芒果哪里买",
        "@tuan_bot 阿花说的芒果在哪买的？",
        "问 阿花推荐的芒果哪里买",
    ):
        said = chat.said(await chat.say("cao", asked))
        assert said == f"朋友们的笔记里提到过：\n{HUA}\n发“笔记 编号”看全文。", asked
        assert "小李" not in said, asked  # her note, not another friend's
    # a name that wrote no note: the product alone is asked about, every note on it
    said = chat.said(await chat.say("cao", "@tuan_bot 小王说的芒果哪里买"))
    assert "笔记 #1 阿花" in said and "笔记 #2 小李" in said


async def test_the_english_question_too() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("cat", "/note these kaya jars from Ipoh are amazing, so fragrant")
    await chat.say("eve", "/note the kaya toast at the market is too sweet for me")

    said = chat.said(await chat.say("dan", "@tuan_bot where can I buy the kaya Cat talked about?"))
    assert said == (
        "Friends' notes that mention it:\n"
        "Note #1 Cat: “these kaya jars from Ipoh are amazing, so fragrant”\n"
        "Send /note and its number to read one whole."
    )


async def test_a_mention_with_no_note_on_it_is_told_so() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    assert chat.said(await chat.say("cao", "@tuan_bot 芒果哪里买")) == (
        "朋友们的笔记还没有提到“芒果”。可以直接问问群里的朋友，或过几天再发“求推荐芒果”。"
    )
    assert chat.said(await chat.say("cao", "@tuan_bot 阿花说的芒果哪里买")) == (
        "朋友们的笔记还没有提到“芒果”。可以直接问问群里的朋友，或过几天再发“求推荐芒果”。"
    )
    assert await chat.say("cao", "芒果哪里买") == []  # heard unasked: talk among friends


async def test_an_english_mention_with_no_note_on_it_is_told_so() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    said = chat.said(await chat.say("dan", "@tuan_bot where can I buy durian?"))
    assert said.startswith("None of your friends' notes mention “durian” yet."), said
    assert await chat.say("dan", "where can I buy durian?") == []

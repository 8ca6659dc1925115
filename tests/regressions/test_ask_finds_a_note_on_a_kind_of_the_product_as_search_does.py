"""Review 105, finding 3: a note on 海南贵妃芒 (a kind of mango, found by `搜 芒果`) was not quoted for
`问 芒果哪里买` / `问 有人买过芒果吗`, and a note on "kaya jars" not for `/ask anyone tried the kaya jam?`:
the asker was told her friends' notes do not mention it yet. Ask now finds them as the search does."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

HUA = "笔记 #1 阿花：「这款海南贵妃芒超甜，回购三次了」"


async def test_a_note_on_guifei_mangoes_answers_a_question_of_mangoes() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("hua", "种草 这款海南贵妃芒超甜，回购三次了", name="阿花")

    assert "#1 阿花：这款海南贵妃芒超甜" in chat.said(await chat.say("cao", "搜 芒果"))  # found: so by Ask
    for asked in ("问 芒果哪里买", "问 有人买过芒果吗", "@tuan_bot 芒果哪里买", "芒果哪里买"):
        said = chat.said(await chat.say("cao", asked))
        assert HUA in said, asked
        assert "还没有提到" not in said, asked
    # a question it does not answer: the notes on mangoes, saying they do not mention that
    said = chat.said(await chat.say("cao", "问 芒果酸吗"))
    assert said.startswith("朋友们关于“芒果”的笔记没有提到这个，他们说过：\n" + HUA), said


async def test_a_note_on_kaya_jars_answers_a_question_of_kaya_jam() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("cat", "/note these kaya jars from Ipoh are amazing, so fragrant")

    for asked in (
        "/ask anyone tried the kaya jam?",
        "/ask anyone tried the kaya?",
        "anyone tried the kaya jam?",
    ):
        said = chat.said(await chat.say("ben", asked))
        assert "Note #1 Cat: “these kaya jars from Ipoh are amazing, so fragrant”" in said, asked
        assert "None of your friends' notes" not in said, asked

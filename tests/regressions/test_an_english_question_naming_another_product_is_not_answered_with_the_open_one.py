"""In a Chinese family chat with only #3 赣南脐橙 10斤 open (mangoes #1 closed), `/ask how much are the
grapes?` and `/ask is there any durian left` were answered with the oranges' price and stock, and with
only "Hass Avocados 4 pack" open `/ask how much are the mangoes` with the avocados' price: English words
were never read as naming a product (`问 葡萄多少钱` was). An English product word (mango, mangoes,
durian, grapes…: `products` in ask_words.json, plurals folded) is now compared with the open titles, by
their Chinese names too (`oranges`: 脐橙); one that names none is told there is no group buy of it here,
and what is open."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

_OPEN = "Open here: #3 赣南脐橙 10斤 (name one by its number, e.g. /ask #3 any left?)."


async def test_an_english_question_naming_another_product_is_not_answered_with_the_open_one() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for user, text in [
        ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
        ("bob", "+1"),
        ("amy", "截单 #1"),
        ("amy", "接龙 香水柠檬 价格 20"),
        ("amy", "取消 #2"),
        ("amy", "接龙 赣南脐橙 10斤 价格 59"),
    ]:
        await chat.say(user, text)

    grapes = chat.said(await chat.say("cat", "/ask how much are the grapes?"))
    assert grapes == f"There is no group buy of “grapes” here. {_OPEN}"
    durian = chat.said(await chat.say("cat", "/ask is there any durian left"))
    assert durian == f"There is no group buy of “durian” here. {_OPEN}"
    mangoes = chat.said(await chat.say("cat", "/ask how much are the mangoes"))
    assert mangoes == f"海南贵妃芒 5斤 (#1) ran here and has closed. {_OPEN}"
    oranges = chat.said(await chat.say("cat", "/ask how much are the oranges"))
    assert oranges == "赣南脐橙 10斤 (#3): Now ¥59 each."


async def test_an_english_product_word_is_compared_with_english_titles_plurals_folded() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Hass Avocados 4 pack price 30")

    mangoes = chat.said(await chat.say("cat", "/ask how much are the mangoes"))
    assert mangoes == (
        "There is no group buy of “mangoes” here. "
        "Open here: #1 Hass Avocados 4 pack (name one by its number, e.g. /ask #1 any left?)."
    )
    avocado = chat.said(await chat.say("cat", "/ask how much is an avocado"))
    assert avocado == "Hass Avocados 4 pack (#1): Now ¥30 each."
    assert chat.said(await chat.say("cat", "/ask how much?")) == "Hass Avocados 4 pack (#1): Now ¥30 each."

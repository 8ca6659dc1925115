"""Session 18 (black-box review, finding 1): any word after `修改 #N` / `/edit #N` that was no keyword
renamed the live group buy, buyers and all: `/edit #19 prcie 60` (price misspelt) made the card
"🛒 prcie 60 (#19)", `修改 #16 价钱 80` (价钱: everyday Chinese for 价格) renamed it "价钱 80", and
`修改 #16 备注 周三到货` (a note for the buyers) renamed it "备注 周三到货"; each time the price stayed
and the product's name was lost. Now 价钱 is 价格; a keyword misspelt or said another way with its value
(`prcie 60`, `售价 75`) or a title ending in a bare price (`芒果 75`) gets the forms of
修改, nothing changed; a note is told there is none to change; `标题` / `title` still renames to anything,
and a title that reads as one still renames."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

ZH_FORMS = (
    "“{word}”不像新团名，没有任何改动。改团购：修改 #1 后面写要改的项，关键词和开团一样，"
    "例如 修改 #1 价格 80 库存 30 截止 明天20:00；改团名：修改 #1 标题 新团名。"
)
EN_FORMS = (
    "“{word}” does not look like a new title: nothing was changed. Edit a group buy with the keywords"
    " you opened it with, e.g. /edit #1 price 80 stock 30 ends tomorrow 20:00; to rename it:"
    " /edit #1 title New name."
)


async def test_chinese_a_price_word_or_a_note_is_no_rename() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 截止 明天20:00")
    await chat.say("bob", "+2")
    await chat.say("cat", "+1")
    card = await chat.card()

    for word in ("售价 75", "芒果 75", "限够 3"):  # `截至`: the deadline since rep74 #8
        assert chat.said(await chat.say("amy", f"修改 #1 {word}")) == ZH_FORMS.format(word=word)
    assert chat.said(await chat.say("amy", "修改 #1 备注 周三到货")) == (
        "“备注 周三到货”不是新团名，团购也没有备注这一项，没有任何改动。"
        "要告诉大家就直接发在群里；改团名：修改 #1 标题 新团名。"
    )
    assert await chat.card() == card

    assert chat.said(await chat.say("amy", "修改 #1 价钱 80")) == (
        "已修改 芒果（#1）：价格 ¥80。\n改价：¥88 → ¥80，所有人按新价"
    )
    assert chat.said(await chat.say("amy", "修改 #1 标题 芒果 75")) == "已把 芒果（#1）改名为 芒果 75。"
    assert chat.said(await chat.say("amy", "修改 #1 海南 贵妃芒")) == "已把 芒果 75（#1）改名为 海南 贵妃芒。"


async def test_english_a_misspelt_keyword_or_a_note_is_no_rename() -> None:
    chat = fake_chat()
    await chat.say("gina", "/groupbuy Honey 500g price 68 ends in 3 days")
    await chat.say("dan", "+1")
    card = await chat.card()

    for word in ("prcie 60", "prices 60", "stcok 30"):
        assert chat.said(await chat.say("gina", f"/edit #1 {word}")) == EN_FORMS.format(word=word)
    assert chat.said(await chat.say("gina", "/edit #1 prcie 60 limit 3")) == EN_FORMS.format(word="prcie 60")
    assert chat.said(await chat.say("gina", "/edit #1 note arrives Wednesday")) == (
        "“note arrives Wednesday” is not a new title, and a group buy has no note to change: nothing was"
        " changed. To tell the buyers, post it in the group; to rename it: /edit #1 title New name."
    )
    assert await chat.card() == card
    assert (await chat.card()).splitlines()[0].startswith("🛒 Honey 500g")

    assert chat.said(await chat.say("gina", "/edit #1 Prince apples")) == (
        "Renamed Honey 500g (#1) to Prince apples."
    )

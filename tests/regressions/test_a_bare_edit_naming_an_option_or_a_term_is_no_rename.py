"""Once an organiser's bare `修改 智利车厘子` renamed her open group buy, `修改 5斤` on a group buy with
options (an option's name alone) renamed it "5斤". A bare 修改 whose word is one of its options' names,
or reads as a quantity, a price or a date (`修改 明天20:00` renamed it "明天20:00"), is no rename: she gets
the forms of 修改 (how to change an option's price or stock among them), nothing changed; `修改 标题 …`
still names the title."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat

FORMS = (
    "“{word}”不像新团名，没有任何改动。改某个规格的价格或库存，写上规格名：修改 #1 5斤 价格 80 库存 30"
    "（价格只能降）；改其他项，关键词和开团一样：修改 #1 截止 明天20:00 限购 4；改团名：修改 #1 标题 新团名。"
)


async def test_an_options_name_alone_is_no_rename() -> None:
    chat = fake_chat()
    await chat.say("kim", "接龙 苹果 规格 5斤:50,10斤:90")

    assert chat.said(await chat.say("kim", "修改 5斤")) == FORMS.format(word="5斤")
    assert chat.said(await chat.say("kim", "修改 #1 5斤")) == FORMS.format(word="5斤")
    assert chat.said(await chat.say("kim", "修改 明天20:00")) == FORMS.format(word="明天20:00")
    assert (await chat.card()).splitlines()[0].startswith("🛒 苹果")


async def test_a_number_or_date_alone_is_no_rename_without_options() -> None:
    chat = fake_chat()
    await chat.say("kim", "接龙 樱桃 价格 30")

    for word in ("30份", "明天", "20:00"):
        assert chat.said(await chat.say("kim", f"修改 {word}")) == (
            f"“{word}”不像新团名，没有任何改动。改团购：修改 #1 后面写要改的项，关键词和开团一样，"
            "例如 修改 #1 价格 80 库存 30 截止 明天20:00；改团名：修改 #1 标题 新团名。"
        )
    assert chat.said(await chat.say("kim", "修改 智利车厘子")) == "已把 樱桃（#1）改名为 智利车厘子。"


async def test_the_forms_in_english_and_the_title_word_still_renames() -> None:
    chat = fake_chat()
    await chat.say("kim", "/groupbuy Apples options 5kg:50,10kg:90")

    assert chat.said(await chat.say("kim", "/edit #1 10KG")) == (
        "“10KG” does not look like a new title: nothing was changed. To change an option's price or stock,"
        " name it: /edit #1 10kg price 80 stock 30 (a price only goes down); other terms with the keywords"
        " you opened it with: /edit #1 ends tomorrow 20:00 limit 4; to rename it: /edit #1 title New name."
    )
    assert chat.said(await chat.say("kim", "/edit title 20:00")) == "Renamed Apples (#1) to 20:00."

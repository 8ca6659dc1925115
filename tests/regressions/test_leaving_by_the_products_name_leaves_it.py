"""Session 18 (review finding 9): `+1 durian` joined Durian, but `-1 durian`, `/leave durian` and, in
Chinese, `-1 奶茶`, `-1 芒果` / `退出 芒果` (on 海南金煌芒 5斤, the only one open) were refused with the
leave's form: the product's name was read as an option nobody sells. A word naming the product (a word of
its title, its head, its name in the other language) is the group buy meant, as in a join; an option's
name still names the option."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_english_name_leaves_that_one_among_several() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 价格 10 截止 3d")
    await chat.say("dan", "/groupbuy Durian price 50 ends 3d")
    await chat.say("cat", "+1 奶茶")
    await chat.say("cat", "+2 durian")

    lowered = Chat.said(await chat.say("cat", "-1 durian"))
    left = Chat.said(await chat.say("cat", "/leave Durian"))

    assert lowered == "Cat now has 1 × Durian (#2). Now ¥50 each."
    assert left == "Cat left Durian (#2)."
    assert (await chat.card(1)).endswith("\n\n1. Cat ×1")  # 奶茶 kept


async def test_the_chinese_name_leaves_it() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 价格 10 截止 3d")
    await chat.say("dan", "/groupbuy Durian price 50 ends 3d")
    await chat.say("hui", "+1 奶茶")

    said = Chat.said(await chat.say("hui", "-1 奶茶"))

    assert said == "Hui 退出了 奶茶（#1）。"


async def test_the_products_head_leaves_the_only_one_open() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 海南金煌芒 5斤 价格 88 截止 3d")
    await chat.say("cat", "+2")

    lowered = Chat.said(await chat.say("cat", "-1 芒果"))
    left = Chat.said(await chat.say("cat", "退出 芒果"))

    assert lowered == "Cat 现在是 1 × 海南金煌芒 5斤（#1）。当前 ¥88/份。"
    assert left == "Cat 退出了 海南金煌芒 5斤（#1）。"


async def test_an_options_name_still_names_the_option() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 奶茶 规格 大:18,小:12 截止 3d")
    await chat.say("bob", "+2 大")
    await chat.say("bob", "+1 小")

    option = Chat.said(await chat.say("bob", "-1 大"))
    asked = Chat.said(await chat.say("bob", "-1 奶茶"))

    assert option.startswith("Bob 现在是 1 × 奶茶 大（#1）。")
    assert asked.startswith("你在 奶茶 有")  # which option: she holds two

"""`代报 王阿姨 巧克力 1` (the option before the quantity) took 巧克力 for part of the name and asked
"which option for 王阿姨 巧克力? … e.g. 代报 #1 王阿姨 巧克力 1 巧克力". An option of the group buy at the
end of the name is the option, as `候补 5斤 3` is `候补 3 5斤`; the question's example is the form that
works."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_an_add_names_its_option_before_or_after_the_quantity() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 蛋糕 规格 巧克力:30,草莓:35")

    before = chat.said(await chat.say("amy", "代报 王阿姨 巧克力 1"))
    after = chat.said(await chat.say("amy", "代报 李叔 2 草莓 3号楼"))

    assert before.startswith("Amy 代报：王阿姨 ×1 · 蛋糕 巧克力（#1）")
    assert after.startswith("Amy 代报：李叔 ×2 · 蛋糕 草莓（#1）")
    assert "1. 王阿姨 巧克力 ×1（Amy 代报）" in await chat.card()


async def test_an_add_without_its_option_shows_a_form_that_works() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 蛋糕 规格 巧克力:30,草莓:35")

    asked = chat.said(await chat.say("amy", "代报 王阿姨 1"))

    assert asked.endswith("例如 代报 #1 王阿姨 1 草莓。")
    added = chat.said(await chat.say("amy", "代报 #1 王阿姨 1 草莓"))
    assert added.startswith("Amy 代报：王阿姨 ×1 · 蛋糕 草莓（#1）")

"""s38: rep84 #10's fix (a private note copy of a sold-out group buy whose every unit is the reader's says
so, never how to wait) covered only group buys without options: Bob holding the whole stock of 粽子 (大盒
and 小盒) still read `想候补…` on his own copy. It now says they are all his, options or not; anyone
else's copy still says how to wait."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _dumplings(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Dumplings options large:15,small:10 stock 3", name="Amy")
        await chat.say("cat", "/note #1 So good, worth it", name="Cat")
        await chat.say("bob", "+2 large", name="Bob")
        await chat.say("bob", "+1 small", name="Bob")
    else:
        await chat.say("amy", "接龙 粽子 规格 大盒:15,小盒:10 库存 3", name="Amy")
        await chat.say("cat", "种草 #1 很好吃", name="Cat")
        await chat.say("bob", "+2 大盒", name="Bob")
        await chat.say("bob", "+1 小盒", name="Bob")
    return chat


async def test_his_private_copy_says_it_is_all_his() -> None:
    chat = await _dumplings()

    his = chat.said(await chat.say("bob", "笔记 1", private=True, name="Bob"))
    hers = chat.said(await chat.say("cat", "笔记 1", private=True, name="Cat"))

    assert "\n🈵 已售罄：总共 3 份都在你名下\n" in his, his
    assert "候补" not in his, his
    assert "候补" in hers and "都在你名下" not in hers, hers


async def test_in_english() -> None:
    chat = await _dumplings("en")

    his = chat.said(await chat.say("bob", "/note 1", private=True, name="Bob"))

    assert "\n🈵 Sold out: all 3 are on your line\n" in his, his
    assert "waitlist" not in his, his

"""rep84 #10: Bob held both units of 荔枝 (stock 2); his private `笔记 1` on it read `🈵 已售罄，想候补就发
候补 #1 1`, and sending that was refused (`荔枝 总共只有 2 份，你已经有 2 份了，不能再候补。`). His own copy
says all of it is his; anyone else's, and the group's, still say how to wait."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _lychees(lang: str = "zh") -> Chat:
    chat = fake_chat(default_language=lang)
    if lang == "en":
        await chat.say("amy", "/groupbuy Lychees price 20 stock 2", name="Amy")
        await chat.say("cat", "/note #1 So sweet, worth it", name="Cat")
    else:
        await chat.say("amy", "接龙 荔枝 价格 20 库存 2", name="Amy")
        await chat.say("cat", "种草 #1 很甜", name="Cat")
    await chat.say("bob", "+2", name="Bob")
    return chat


async def test_his_private_copy_says_it_is_all_his() -> None:
    chat = await _lychees()

    his = chat.said(await chat.say("bob", "笔记 1", private=True, name="Bob"))
    hers = chat.said(await chat.say("cat", "笔记 1", private=True, name="Cat"))
    group = chat.said(await chat.say("bob", "笔记 1", name="Bob"))

    assert "\n🛒 荔枝（#1）¥20/份\n🈵 已售罄：总共 2 份都在你名下\n" in his, his
    assert "候补" not in his, his
    assert "\n🈵 已售罄，想候补就发 候补 #1 1\n" in hers, hers
    assert "\n🈵 已售罄，想候补就发 候补 #1 1\n" in group, group


async def test_in_english() -> None:
    chat = await _lychees("en")

    his = chat.said(await chat.say("bob", "/note 1", private=True, name="Bob"))

    assert "\n🈵 Sold out: both are on your line\n" in his, his
    assert "waitlist" not in his, his

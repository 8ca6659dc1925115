"""`代报#1 李叔2` put down a guest called "李叔2" for 1: the organiser meant 李叔 ×2 (a Chinese name has no
digits; found playing 代报). A Latin name keeps its digits (`Amy2 1`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_count_after_a_chinese_name_is_its_quantity() -> None:
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")

    stuck = Chat.said(await chat.say("lao", "代报#1 李叔2"))
    noted = Chat.said(await chat.say("lao", "代报 #1 王阿姨2份 3号楼"))
    latin = Chat.said(await chat.say("lao", "代报 #1 Amy2 1"))

    assert stuck == "Lao 代报：李叔 ×2 · 大米（#1），订单由 Lao 收款。当前 ¥60/份。"
    assert noted == "Lao 代报：王阿姨 ×2 · 大米（#1），订单由 Lao 收款。备注：3号楼。当前 ¥60/份。"
    assert latin.startswith("Lao 代报：Amy2 ×1 · 大米（#1）")
    assert "1. 李叔 ×2（Lao 代报）" in await chat.card()


async def test_a_room_or_a_count_after_it_keeps_the_name_whole() -> None:
    """From the review: `代报 #1 王姐302 1` added 王姐 ×302, `代报 #1 李叔2 3` 李叔 ×2 with a note 3."""
    chat = fake_chat()
    await chat.say("lao", "接龙 大米 价格 60 库存 1000 截止 明天晚上8点")

    room = Chat.said(await chat.say("lao", "代报 #1 王姐302 1"))
    counted = Chat.said(await chat.say("lao", "代报 #1 李叔2 3"))

    assert room.startswith("Lao 代报：王姐302 ×1 · 大米（#1）")
    assert counted.startswith("Lao 代报：李叔2 ×3 · 大米（#1）")

"""rep79 #2: `帮豆豆报1份`, `帮豆豆报2份 3号楼` and `豆豆 +1` were silent: 豆豆 has no person's shape (no 姐,
叔, 奶奶…). 帮 … 报 says it is a 代报 whatever the name looks like; `豆豆 +1` joins 豆豆's line when the
sender holds one (from anyone else, or with no such line, it stays talk)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _eggs() -> Chat:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    return chat


async def test_a_report_in_words_for_doudou_joins_with_its_note() -> None:
    chat = await _eggs()

    first = Chat.said(await chat.say("chen", "帮豆豆报1份", name="陈妈妈"))
    more = Chat.said(await chat.say("chen", "帮豆豆报2份 3号楼", name="陈妈妈"))

    assert first == "陈妈妈 帮 豆豆 跟团：1 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert more == "陈妈妈 帮 豆豆 跟团：又加 2 份，现在共 3 × 土鸡蛋（#1）。备注：3号楼。当前 ¥45/份。"
    assert "1. 陈妈妈 帮 豆豆 ×3 · 3号楼" in await chat.card()


async def test_doudou_plus_one_adds_to_her_friends_line_only() -> None:
    chat = await _eggs()
    before = await chat.card()
    assert [r.text for r in await chat.say("chen", "豆豆 +1", name="陈妈妈") if r.text] == []
    assert await chat.card() == before

    await chat.say("chen", "+1 帮 豆豆", name="陈妈妈")
    added = Chat.said(await chat.say("chen", "豆豆 +1", name="陈妈妈"))
    other = [r.text for r in await chat.say("li", "豆豆 +1", name="小李") if r.text]

    assert added == "陈妈妈 帮 豆豆 跟团：又加 1 份，现在共 2 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert other == []
    assert "1. 陈妈妈 帮 豆豆 ×2" in await chat.card()


async def test_a_report_for_herself_or_everyone_stays_talk() -> None:
    chat = await _eggs()
    said = [
        await chat.say("chen", text, name="陈妈妈") for text in ("帮我们报1份", "帮忙报1份", "帮大家报2份")
    ]
    assert [r.text for replies in said for r in replies if r.text] == []

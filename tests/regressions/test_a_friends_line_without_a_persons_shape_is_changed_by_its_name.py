"""s36 #3: `豆豆不要了`, `帮豆豆改成2份` from the member who put 豆豆 down (`+2 帮 豆豆`) were silent:
豆豆 has no person's shape (no 姐, 叔, 奶奶…), so it was never read as a name. Now a friend's line of hers so
called, exactly, is that line; from anyone else, or with no such line, the words stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _doudou() -> Chat:
    chat = fake_chat()
    await chat.say("wang", "接龙 土鸡蛋 价格 45 截止 3d", name="王姐")
    await chat.say("chen", "+2 帮 豆豆", name="陈妈妈")
    return chat


async def test_her_friend_doudous_line_set_and_taken_off() -> None:
    chat = await _doudou()

    fewer = Chat.said(await chat.say("chen", "豆豆改成1份", name="陈妈妈"))
    more = Chat.said(await chat.say("chen", "帮豆豆改成3份", name="陈妈妈"))
    assert fewer == "陈妈妈 帮 豆豆 报的现在是 1 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert more == "陈妈妈 帮 豆豆 跟团：又加 2 份，现在共 3 × 土鸡蛋（#1）。当前 ¥45/份。"
    assert "1. 陈妈妈 帮 豆豆 ×3" in await chat.card()

    gone = Chat.said(await chat.say("chen", "豆豆不要了", name="陈妈妈"))
    assert gone == "陈妈妈 撤下了帮 豆豆 报的 土鸡蛋（#1）。"
    assert "豆豆" not in await chat.card()


async def test_without_such_a_line_of_hers_it_is_talk() -> None:
    chat = await _doudou()
    before = await chat.card()

    others = [await chat.say("li", said, name="小李") for said in ("豆豆不要了", "帮豆豆改成2份")]
    hers = [await chat.say("chen", said, name="陈妈妈") for said in ("今天不要了", "帮帮改成2份")]

    assert [reply.text for replies in others + hers for reply in replies if reply.text] == []
    assert await chat.card() == before

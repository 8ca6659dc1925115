"""Session 26 (rep37 finding 5): in a busy chat these got no reply at all: Qin `阳光玫瑰要１份 谢谢团长😊`,
Pat `@Amy 我要2份阳光玫瑰`, Abe `我也要阳光玫瑰`, Lee `葡萄+1` (while `+1 葡萄` was answered), Sue's typo
`阳光玫槐 +1`. The clear ones now join (the product's word with a count, an emoji or an @ to the
organiser around it); a product nobody sells here is told so as `+1 葡萄` is; a title mistyped by one
character joins nothing and is told the join to send. Talk stays talk (`排队 +1`, `我也要去`)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _busy() -> Chat:
    chat = fake_chat(default_language="zh")
    await chat.say("lin", "接龙 土鸡蛋 价格 45 截止 3d", name="Lin")
    await chat.say("amy", "接龙 阳光玫瑰 2斤装 价格 68 截止 3d", name="Amy")
    return chat


async def test_the_products_word_with_a_count_joins_whatever_is_around_it() -> None:
    chat = await _busy()

    qin = chat.said(await chat.say("qin", "阳光玫瑰要１份 谢谢团长😊", name="Qin"))
    pat = chat.said(await chat.say("pat", "@Amy 我要2份阳光玫瑰", name="Pat"))
    abe = chat.said(await chat.say("abe", "我也要阳光玫瑰", name="Abe"))

    assert qin == "Qin 跟团：1 × 阳光玫瑰 2斤装（#2）。当前 ¥68/份。"
    assert pat == "Pat 跟团：2 × 阳光玫瑰 2斤装（#2）。当前 ¥68/份。"
    assert abe == "Abe 跟团：1 × 阳光玫瑰 2斤装（#2）。当前 ¥68/份。"


async def test_a_product_nobody_sells_here_before_the_plus_is_told_so() -> None:
    chat = await _busy()

    said = chat.said(await chat.say("lee", "葡萄+1", name="Lee"))

    assert said == chat.said(await chat.say("lee", "+1 葡萄", name="Lee"))
    assert said.startswith("这里没有“葡萄”的团。")


async def test_a_mistyped_title_joins_nothing_and_is_told_the_join() -> None:
    chat = await _busy()

    said = chat.said(await chat.say("sue", "阳光玫槐 +1", name="Sue"))

    assert said == "你写的“阳光玫槐”像是 阳光玫瑰 2斤装（#2）。要跟团请发 +1 #2，没有任何改动。"
    assert "Sue" not in await chat.card(2)


async def test_talk_stays_talk() -> None:
    chat = await _busy()

    assert await chat.say("p8", "排队 +1") == []
    assert await chat.say("ann", "我也要去") == []
    assert await chat.say("ann", "我也要问问") == []

"""The 团长's 接龙 with its terms on the header's line and her own line under it (`#接龙 芒果 30元/份
明晚8点截单⏎1. 李姐 1份`) got no reply and opened nothing, with or without its deadline, though the header
alone opened and so did the template with its terms on lines of their own. Now it opens the group buy as
the header alone does and adds her line, as the pasted template does; pasted back by a buyer with his
line added while it is open, it joins him as before."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


def _chat() -> Chat:
    chat = fake_chat()
    chat.platform = "wechat"
    return chat


async def test_the_header_with_a_deadline_over_her_line_opens_and_adds_it() -> None:
    chat = _chat()

    said = chat.said(await chat.say("amy", "#接龙 芒果 30元/份 明晚8点截单\n1. 李姐 1份", name="李姐"))

    assert said == (
        "团购 #1 开团了：芒果，¥30/份。发 +1 参加，截止 11月24日 周二 20:00。"
        "李姐 跟团：1 × 芒果（#1）。当前 ¥30/份。"
    )
    card = await chat.card(1)
    assert "\n截止：11月24日 周二 20:00\n" in card and card.endswith("\n\n1. 李姐 ×1"), card


async def test_the_header_without_a_deadline_over_her_line_opens_and_adds_it() -> None:
    chat = _chat()

    said = chat.said(await chat.say("amy", "#接龙 芒果 30元/份\n1. 李姐 1", name="李姐"))

    assert said == (
        "团购 #1 开团了：芒果，¥30/份。发 +1 参加，截止 11月24日 周二 12:00。"
        "李姐 跟团：1 × 芒果（#1）。当前 ¥30/份。"
    )
    assert (await chat.card(1)).endswith("\n\n1. 李姐 ×1")


async def test_pasted_back_by_a_buyer_it_joins_him() -> None:
    chat = _chat()
    await chat.say("amy", "#接龙 芒果 30元/份 明晚8点截单\n1. 李姐 1份", name="李姐")

    said = chat.said(
        await chat.say("bob", "#接龙 芒果 30元/份 明晚8点截单\n1. 李姐 1份\n2. 小王 2份", name="小王")
    )

    assert said == "小王 跟团：2 × 芒果（#1）。当前 ¥30/份。"
    assert (await chat.card(1)).endswith("\n\n1. 李姐 ×1\n2. 小王 ×2")
    assert "团购 #2 已不存在" in await chat.card(2)

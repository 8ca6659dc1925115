"""Review 70 #5 (s33-buyerwords): in WeChat the 接龙 name rarely is the account's. `王阿姨 +2 #1` from
wangayi (display name Wangayi) made "Wangayi 帮 王阿姨" a friend's line, and `老张 +1 #1` from zhang "Zhang
帮 老张". A name typed before the count, from one holding no line here yet, that is no other member's, is
her own line. Holding a line already, or naming another member, it stays the friend's; `+1 帮 小王` and
`+1 小王` (after the count) keep today's rules (a friend's line; her line with the note 小王)."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def _mangoes() -> Chat:
    chat = fake_chat(default_language="zh")
    await chat.say("amy", "接龙 芒果 价格 45")
    await chat.say("amy", "接龙 土鸡蛋 价格 15")
    return chat


async def test_her_jielong_name_before_the_count_is_her_own_line() -> None:
    chat = await _mangoes()

    wang = chat.said(await chat.say("wangayi", "王阿姨 +2 #1", name="Wangayi"))
    zhang = chat.said(await chat.say("zhang", "老张 +1 #1", name="Zhang"))

    assert wang == "Wangayi（名单上写作 王阿姨）跟团：2 × 芒果（#1）。当前 ¥45/份。"
    assert zhang == "Zhang（名单上写作 老张）跟团：1 × 芒果（#1）。当前 ¥45/份。"
    card = await chat.card(1)
    assert "1. 王阿姨 ×2" in card and "2. 老张 ×1" in card and "帮" not in card  # s34: her 接龙 name


async def test_another_members_name_or_a_second_line_stays_the_friends() -> None:
    chat = await _mangoes()
    await chat.say("li", "大家好", name="小李")

    named = chat.said(await chat.say("wangayi", "小李 +1 #1", name="Wangayi"))
    second = chat.said(await chat.say("wangayi", "老王 +1 #1", name="Wangayi"))

    assert named == "Wangayi 帮 小李 跟团：1 × 芒果（#1）。当前 ¥45/份。"
    assert second == "Wangayi 帮 老王 跟团：1 × 芒果（#1）。当前 ¥45/份。"


async def test_a_name_after_the_count_keeps_todays_rules() -> None:
    chat = await _mangoes()

    after = chat.said(await chat.say("wangayi", "+1 #1 小王", name="Wangayi"))
    helped = chat.said(await chat.say("zhang", "+1 #1 帮 小王", name="Zhang"))

    assert after == "Wangayi 跟团：1 × 芒果（#1）。备注：小王。当前 ¥45/份。"  # as before: her note
    assert helped == "Zhang 帮 小王 跟团：1 × 芒果（#1）。当前 ¥45/份。"

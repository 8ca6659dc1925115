"""`+3 for A` … `+3 for F` on a group buy with `limit 3` were each accepted: one member bought out the
stock through made-up friends. The limit counts everything one member signs up (her own line and her
friends' lines together); the refusal says the limit, what she holds and what she may still add. The
organiser's own 代报 is not limited by what the member signed up for friends."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat

MANGOES = "/groupbuy Mangoes 5kg price 88 target 2 stock 20 limit 3 ends today 20:00"


async def test_friend_lines_count_toward_one_members_limit() -> None:
    chat = fake_chat()
    await chat.say("amy", MANGOES)
    first = Chat.said(await chat.say("troll", "+3 for A"))
    second = Chat.said(await chat.say("troll", "+3 for B"))
    own = Chat.said(await chat.say("troll", "+1"))

    assert first.startswith("Troll joined for A: 3 × Mangoes 5kg (#1).")
    assert second == (
        "Sorry, Mangoes 5kg is limited to 3 per person, and the lines you sign up for friends count as"
        " yours: you already have 3 (your own and your friends' lines), the most you may take."
        " Nothing was changed."
    )
    assert own == second


async def test_the_refusal_says_what_she_may_still_add_in_chinese() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 芒果 价格 88 成团 2 库存 20 限购 3 截止 今晚8点")
    await chat.say("troll", "+1")
    refused = Chat.said(await chat.say("troll", "+3 帮 小王"))
    joined = Chat.said(await chat.say("troll", "+2 帮 小王"))
    full = Chat.said(await chat.say("troll", "+1 帮 小李"))

    assert refused == (
        "抱歉，芒果 每人限购 3 份，帮朋友报的也算在你名下："
        "你已经报了 1 份（你自己和帮朋友报的），还能再报 2 份，没有任何改动。"
    )
    assert joined.startswith("Troll 帮 小王")
    assert full == (
        "抱歉，芒果 每人限购 3 份，帮朋友报的也算在你名下："
        "你已经报了 3 份（你自己和帮朋友报的），不能再报了，没有任何改动。"
    )


async def test_the_organisers_add_is_not_limited_by_a_members_friend_lines() -> None:
    chat = fake_chat()
    await chat.say("amy", MANGOES)
    await chat.say("bob", "+1")
    await chat.say("bob", "+2 for Wang")
    added = Chat.said(await chat.say("amy", "/add bob 2"))

    assert added == "Amy added 2 to Bob's line: Bob now has 3 × Mangoes 5kg (#1). Now ¥88 each."

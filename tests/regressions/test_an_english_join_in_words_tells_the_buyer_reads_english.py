"""Session 15 (fp report, finding 5): in an English group, buyers who joined with `count me in`, `I'm in`,
`me too x2` got their order at the close (and a cancel later) in Chinese: the Chinese words they had
typed in a Chinese group before (`帮小王 +1`) were the last words they were known by, as English words
said to join were not counted as English. Said in English words, a join tells the member reads English,
as `+1 for Wang` does (`handlers.members.own_languages`); `x2` or `+1` tell nothing, and a Chinese group
is unchanged."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

EN_ORDER = "Your order #2-{n} in Mangoes (#2)"
ZH_ORDER = "你在 荔枝（#1）的订单 #1-{n}"


async def _rooms() -> tuple[Chat, Chat]:
    zh = fake_chat(FakeUnitOfWorkFactory(), default_language="zh")
    en = Chat(zh.app, chat_id="en1", title="en1")
    await zh.say("amy", "接龙 荔枝 价格 15 成团 1")
    for member in ("cat", "dan", "eve"):  # Chinese words first, in the Chinese group
        await zh.say(member, "帮小王 +1")
    await en.say("amy", "/groupbuy Mangoes price 12 target 1")
    return zh, en


async def test_english_words_make_the_order_and_later_notices_english() -> None:
    _, en = await _rooms()
    for member, typed in (("cat", "count me in"), ("dan", "I'm in"), ("eve", "me too x2")):
        assert en.said(await en.say(member, typed)).startswith(f"{member.title()} is in:"), typed
    await en.say("gus", "+2 (one for my sister)")  # nothing known of Gus: the card's language

    closed = en.private(await en.say("amy", "/close #2"))

    for n, member in enumerate(("cat", "dan", "eve", "gus"), start=1):
        assert closed[member].startswith(EN_ORDER.format(n=n)), closed[member]
    cancelled = en.private(await en.say("amy", "/cancel 2-1"))
    assert cancelled["cat"].startswith("Amy cancelled your order #2-1 (Mangoes, ¥12)"), cancelled
    assert en.private(await en.say("amy", "/paid 2-2"))["dan"].startswith("Amy confirmed your payment")
    refunded = en.private(await en.say("amy", "/refund 2-2 wrong size"))
    assert refunded["dan"].startswith("Order #2-2 (Mangoes) was refunded: Amy gives ¥12 back"), refunded


async def test_a_chinese_group_and_wordless_joins_are_unchanged() -> None:
    zh, en = await _rooms()
    await en.say("cat", "x2")  # no words: Cat is still known by her Chinese, her order the group's
    await zh.say("hal", "+1")  # nothing known of Hal: the Chinese card's language
    await zh.say("kim", "跟团")

    in_en = en.private(await en.say("amy", "/close #2"))
    in_zh = zh.private(await zh.say("amy", "截单 #1"))

    assert in_en["cat"].startswith(EN_ORDER.format(n=1)), in_en["cat"]  # session 35: the group's
    for n, member in enumerate(("cat", "dan", "eve", "hal", "kim"), start=1):
        assert in_zh[member].startswith(ZH_ORDER.format(n=n)), in_zh[member]

"""A note card shows its group buy as the group buy's own card does, and keeps up with it: each option's
price and a Join per option (多规格), whose join is the note author's; the price a tier reached, the
card refreshed with the group buy's (only when the price or the Join changed); the author's level as
`笔记 3` says it, refreshed when a like moves it; and likes on a note flagged ⚠️ lift nobody's level."""

from __future__ import annotations

from handlers.card_copies import COPY_KEYS
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def card(chat: Chat, note_id: int = 1) -> str:
    return (await chat.app.render_card(-note_id)).text


def labels(chat_reply: object) -> list[list[str]]:
    return [[button.label for button in row] for row in chat_reply]  # type: ignore[attr-defined]


async def test_a_note_on_options_shows_each_price_and_a_join_per_option_in_chinese_and_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("小美", "接龙 阳光玫瑰葡萄 规格 2斤:39,5斤:88:1 成团 1")
    await chat.say("阿强", "种草 #1 阳光玫瑰很脆很甜")

    shown = await chat.app.render_card(-1)
    assert shown.text == (
        "笔记 #1 · 阿强\n阳光玫瑰很脆很甜\n🛒 阳光玫瑰葡萄（#1）2斤 ¥39 / 5斤 ¥88\n"
        "想要就点对应规格的“跟团”，或发 +1 5斤 团1-UTGA\n👍 0 · 💬 0"
    )
    assert labels(shown.buttons) == [["👍 赞 0"], ["跟团 2斤", "跟团 5斤"]]
    assert [b.data for b in shown.buttons[1]] == ["nt:join:1:1", "nt:join:1:2"]

    joined = await chat.tap("小红", "nt:join:1:2")
    assert chat.toast(joined) == "跟团成功：1 × 阳光玫瑰葡萄 5斤"
    assert labels((await chat.app.render_card(-1)).buttons) == [["👍 赞 0"], ["跟团 2斤"]]  # 5斤 sold out
    await chat.say("老王", "+1 2斤 团1-UTGA")  # typed with the author's code: the author's too
    await chat.say("小美", "截单")
    assert sorted((o.buyer_id, o.sharer_id, o.total) for o in factory.state.orders.values()) == [
        ("小红", "阿强", 8800),
        ("老王", "阿强", 3900),
    ]

    english = fake_chat(default_language="en")
    await english.say("amy", "/groupbuy Grapes options 2kg:39,5kg:88")
    await english.say("bob", "/note #1 Crisp and sweet")
    shown = await english.app.render_card(-1)
    assert shown.text.splitlines()[2:4] == [
        "🛒 Grapes (#1) 2kg ¥39 / 5kg ¥88",
        "Want it? Tap Join for the option you want, or send +1 5kg 1-RFS7",
    ]
    assert labels(shown.buttons)[1] == ["Join 2kg", "Join 5kg"]


async def test_a_note_card_is_refreshed_when_its_group_buys_price_moves_and_only_then() -> None:
    chat = fake_chat()
    await chat.say("小美", "接龙 海南贵妃芒 5斤 价格 88 阶梯 2:78,3:68 成团 5")
    await chat.say("阿强", "种草 #1 超甜")
    assert "🛒 海南贵妃芒 5斤（#1）¥88/份" in await card(chat)

    assert chat.cards(await chat.say("老王", "+1")) == [(1, False)]  # ¥88 still: the note's card stays
    assert chat.cards(await chat.say("小红", "+1")) == [(1, False), (-1, False)]  # ¥78
    assert "🛒 海南贵妃芒 5斤（#1）¥78/份" in await card(chat)
    assert chat.cards(await chat.say("丽丽", "+1")) == [(1, False), (-1, False)]
    assert "🛒 海南贵妃芒 5斤（#1）¥68/份" in await card(chat)
    assert chat.cards(await chat.say("丽丽", "-1")) == [(1, False), (-1, False)]  # back to ¥78
    assert "🛒 海南贵妃芒 5斤（#1）¥78/份" in await card(chat)

    await chat.say("丽丽", "+3")
    closed = await chat.say("小美", "截单")
    assert (-1, False) in chat.cards(closed)  # closed: no Join on the note any more
    shown = await chat.app.render_card(-1)
    assert "想要就" not in shown.text and labels(shown.buttons) == [["👍 赞 0"]]


async def test_the_authors_level_on_every_card_of_theirs_is_the_one_note_n_shows() -> None:
    chat = fake_chat()
    await chat.say("阿强", "种草 芒果很甜")
    await chat.say("阿强", "种草 荔枝也不错")
    for fan in ("f1", "f2", "f3", "f4", "f5"):
        await chat.say(fan, "赞 1")
    liked = await chat.say("f6", "赞 1")  # 1 + 6 × ¼ (a note without ✅ counts half): 达人, on both cards

    assert chat.cards(liked) == [(-1, False), (-2, False)]
    assert (await card(chat, 2)).startswith("笔记 #2 · 阿强 · 达人\n")
    quoted = await chat.say("小红", "笔记 2")
    assert chat.said(quoted).startswith("笔记 #2 · 阿强 · 达人\n")
    ((copy, _),) = chat.cards(quoted)  # the quoted copy of note 2: refreshed with its card since
    assert copy >= COPY_KEYS
    taken = await chat.say("f6", "取消赞 1")  # back to a newcomer: both cards again, and the copy
    assert chat.cards(taken) == [(-1, False), (-2, False), (copy, False)]
    assert chat.cards(await chat.say("f6", "赞 1")) == [(-1, False), (-2, False), (copy, False)]
    assert chat.cards(await chat.say("f7", "赞 1")) == [(-1, False)]  # 达人 still: only the liked card
    await chat.say("f7", "取消赞 1")
    await chat.say("f6", "取消赞 1")
    assert (await card(chat, 2)).startswith("笔记 #2 · 阿强\n")


async def test_likes_on_a_flagged_note_lift_nobody_until_an_admin_clears_it() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    chat.admins = {"eve"}
    await chat.say("amy", "接龙 面膜 价格 30")
    shills = ("s0", "s1", "s2")
    said = ("补水效果一流，敏感肌也能用", "质地清爽不黏，晚上敷完第二天透亮", "包装精致，送人也体面")
    for shill, text in zip(shills, said, strict=True):
        await chat.say(shill, f"种草 #1 绝了！！！闭眼入 yyds 🔥 {text}")
    for note_id, author in enumerate(shills, start=1):
        for liker in shills:
            if liker != author:
                await chat.say(liker, f"赞 {note_id}")
    assert (await card(chat)).startswith("笔记 #1 · S0 ⚠️ 未验证\n")
    trust_before = factory.state.trust.get((chat.chat_id, "s0"), 1.0)

    await chat.say("bob", "赞 1")  # while flagged, a like lifts nothing
    assert factory.state.trust.get((chat.chat_id, "s0"), 1.0) == trust_before
    assert (await card(chat)).startswith("笔记 #1 · S0 ⚠️ 未验证\n")

    await chat.say("eve", "取消隐藏 1")  # the admins' word: it counts now
    assert factory.state.trust[(chat.chat_id, "s0")] > trust_before

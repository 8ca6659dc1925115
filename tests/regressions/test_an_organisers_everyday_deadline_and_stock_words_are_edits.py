"""`改截止 明天晚上8点`, `截止改成…`, `延期 …`, `延期一天` and `改库存 10` from the organiser got no answer at
all (only `修改 #1 截止 …` / `修改 #1 库存 …` worked; found playing the organiser's edits). They are now
those edits; `延期一天` moves the deadline a day later than it is (never to a day from now), and from
anyone else they stay talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import Chat, fake_chat


async def test_the_deadline_and_stock_words_edit_her_open_group_buy() -> None:
    chat = fake_chat()  # Mon 23 Nov 12:00
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 明天晚上8点")
    await chat.say("bob", "+1")

    later = Chat.said(await chat.say("lao", "延期一天"))
    moved = Chat.said(await chat.say("lao", "改截止 后天晚上9点"))
    said = Chat.said(await chat.say("lao", "截止改成后天晚上7点"))
    stock = Chat.said(await chat.say("lao", "改库存 20"))
    buyer = await chat.say("bob", "延期一天")

    assert later == "已修改 大米（#1）：截止 11月25日 周三 20:00（原 11月24日 周二 20:00）。"
    assert moved == "已修改 大米（#1）：截止 11月25日 周三 21:00（原 11月25日 周三 20:00）。"
    assert said == "已修改 大米（#1）：截止 11月25日 周三 19:00（原 11月25日 周三 21:00）。"
    assert stock == "已修改 大米（#1）：库存 20。"
    assert buyer == []  # anyone else's words: talk
    assert await chat.say("lao", "延期了吗？") == []  # a question: talk


async def test_words_about_a_delay_that_name_no_deadline_stay_talk() -> None:
    """From the review: `延期发货，明天到`, `延期了` were told "看不懂截止时间", a buyer's `延期到下周五`
    that only the organiser may, and a chat admin's `延期一天` moved the deadline to a day from now."""
    chat = fake_chat()
    chat.admins = {"boss"}
    await chat.say("lao", "接龙 大米 价格 60 库存 10 截止 后天晚上8点")
    await chat.say("bob", "+1")

    for who, words in (
        ("lao", "延期发货，明天到"),
        ("lao", "延期了"),
        ("bob", "延期到下周五"),
        ("boss", "延期一天"),
    ):
        assert await chat.say(who, words) == [], words
    assert "截止：11月25日 周三 20:00" in await chat.card()

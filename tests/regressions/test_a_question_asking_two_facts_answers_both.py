"""Review 105, finding 6: `@Tuan how much are the grapes and when does it close?` and
`问 葡萄多少钱，几点截单` were answered with the deadline alone, the price lost. Each fact of the group
buy asked is answered, in the order asked, in one answer."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_price_and_deadline_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "接龙 阳光玫瑰葡萄 2斤 价格 39 截止 明天晚上8点")
    for asked in ("问 葡萄多少钱，几点截单", "@tuan_bot 葡萄多少钱，几点截单"):
        assert chat.said(await chat.say("cat", asked)) == (
            "阳光玫瑰葡萄 2斤（#1）：当前 ¥39/份。\n"
            "阳光玫瑰葡萄 2斤（#1）11月24日 周二 20:00 截单，现在还能跟团。"
        ), asked
    assert chat.said(await chat.say("cat", "问 葡萄多少钱")) == "阳光玫瑰葡萄 2斤（#1）：当前 ¥39/份。"


async def test_price_and_deadline_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language="en")
    await chat.say("amy", "/groupbuy Grapes 2kg price 39 ends tomorrow 8pm")
    for asked in (
        "@tuan_bot how much are the grapes and when does it close?",
        "/ask how much are the grapes and when does it close?",
    ):
        assert chat.said(await chat.say("ben", asked)) == (
            "Grapes 2kg (#1): Now ¥39 each.\nGrapes 2kg (#1) closes Tue 24 Nov 20:00; you can still join."
        ), asked
    assert chat.said(await chat.say("ben", "/ask when does it close and how many are left?")).startswith(
        "Grapes 2kg (#1) closes Tue 24 Nov 20:00; you can still join.\nGrapes 2kg (#1)"
    )

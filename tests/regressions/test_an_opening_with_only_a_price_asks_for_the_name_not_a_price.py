"""rep95 #6: `接龙 ¥30` and `/groupbuy $8.50` were told "请写上价格" / "Add a price" though a price was all
they held. A price marked as one (`¥30`, `30元`, `$8.50`) with nothing before it now gets the same answer
as `接龙 价格 30`: write what you are selling first; nothing is opened."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_price_alone_asks_for_what_is_sold() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")

    yuan = Chat.said(await chat.say("amy", "接龙 ¥30"))
    kuai = Chat.said(await chat.say("amy", "接龙 30元"))
    dollars = Chat.said(await chat.say("amy", "/groupbuy $8.50"))
    nothing = Chat.said(await chat.say("amy", "/list"))

    assert yuan == "请先写商品名，再写价格。例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点"
    assert kuai == yuan
    assert dollars.startswith("Say what you are selling before the price. Example: /groupbuy Mangoes")
    assert nothing.startswith("There is no open group buy in this chat.")

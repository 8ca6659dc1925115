"""rep95 #13: `接龙 梨 8元 接龙 桃子 12元` was told to write 桃子 as an option of 梨 (`规格 梨:8,桃子:12`),
one group buy, never "one message each". Two openings in one message are now refused naming both, to be
sent one message each; nothing is opened."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_two_openings_are_sent_apart() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")

    chinese = Chat.said(await chat.say("amy", "接龙 梨 8元 接龙 桃子 12元"))
    english = Chat.said(await chat.say("amy", "/groupbuy Pears 8 /groupbuy Peaches 12"))
    nothing = Chat.said(await chat.say("amy", "/list"))

    assert (
        chinese
        == "一条消息只能开一个团，没有开团。请分开发，一条一个：先发“接龙 梨 8元”，再发“接龙 桃子 12元”。"
    )
    assert english == (
        "One message opens one group buy, so nothing was opened. Send them one message each: "
        "first “/groupbuy Pears 8”, then “/groupbuy Peaches 12”."
    )
    assert nothing.startswith("There is no open group buy in this chat.")
    pickup = Chat.said(await chat.say("amy", "接龙 梨 价格 8 自提 接龙处"))
    assert pickup.startswith("团购 #1 开团了：梨，¥8/份。")

"""Cat owed ¥176 on order #1-2 (海南贵妃芒, closed); with #2 赣南脐橙 open, which she had not joined,
`问 我付钱了吗`, `问 我付了没` and `/ask did I pay` in the group answered "你还没有跟 赣南脐橙 10斤（#2）…":
the chat's one open group buy came before her own order. "Did I pay" in a group now means the asker's
newest order in this chat, open or closed (as in private); `问 我跟了吗` still asks about the open one."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

_TOLD = {"zh": "Cat，答案已私信发给你。", "en": "Cat, I sent you the answer privately."}


async def test_did_i_pay_in_a_group_answers_about_ones_newest_order() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for user, text in [
        ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
        ("cat", "+2"),
        ("amy", "截单"),
        ("amy", "接龙 赣南脐橙 10斤 价格 59"),
    ]:
        await chat.say(user, text)

    for question in ("问 我付钱了吗", "问 我付了没"):
        replies = await chat.say("cat", question)
        assert chat.said(replies) == _TOLD["zh"]
        assert chat.private(replies) == {
            "cat": "你在 海南贵妃芒 5斤（#1）订了 2 份，共 ¥176，待付款（订单 #1-1）。"
        }
    replies = await chat.say("cat", "/ask did I pay")
    assert chat.said(replies) == _TOLD["zh"]  # the group's line: the group's language (session 34)
    assert chat.private(replies) == {
        "cat": "You ordered 2 of 海南贵妃芒 5斤 (#1) for ¥176: to pay (order #1-1)."
    }

    joined = chat.private(await chat.say("cat", "问 我跟了吗"))  # joining is about the open one
    assert joined == {"cat": "你还没有跟 赣南脐橙 10斤（#2）：发“+1 #2”跟团。"}

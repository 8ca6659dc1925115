"""Session 27 (rep39 #9): sold-out answers differed: Kim's `+1` was told "To wait for it, send /waitlist 1",
Dee's `+1 for my mum` only "Sorry, Lychees 1kg is sold out." A friend's line sold out is now told how to wait
as well, on her own line (the waiting list keeps no friend's), in en and zh, with the group buy's number
when the join named it; a wait sent after it queues her."""

from __future__ import annotations

import pytest

from tests.unit.handlers.conftest import fake_chat

CASES = {
    "en": (
        "/groupbuy Lychees 1kg price 10 stock 2 ends in 2 hours",
        "/waitlist 1",
        {
            "+1 for my mum": "Dee: Sorry, Lychees 1kg is sold out. The waiting list keeps your own line "
            "only, not one for mum: to wait for it yourself, send /waitlist 1. Whatever comes free goes to "
            "the first in line whose quantity fits.",
            "+1 #1 for my mum": "Dee: Sorry, Lychees 1kg is sold out. The waiting list keeps your own line "
            "only, not one for mum: to wait for it yourself, send /waitlist #1 1. Whatever comes free goes "
            "to the first in line whose quantity fits.",
            "+1": "Dee: Sorry, Lychees 1kg is sold out. To wait for it, send /waitlist 1: whatever comes "
            "free goes to the first in line whose quantity fits.",
        },
        "Dee is on the waiting list of Lychees 1kg (#1) for 1: number 2 in line.",
    ),
    "zh": (
        "接龙 荔枝 1斤 价格 10 库存 2 截止 2小时",
        "候补 1",
        {
            "+1 帮 妈妈": "Dee：抱歉，荔枝 1斤 已经卖完了。候补只记在你自己名下，不能替 妈妈 候补："
            "想自己候补请发“候补 1”，空出的数量按排队顺序，补给数量放得下的人。",
            "+1 #1 帮 妈妈": "Dee：抱歉，荔枝 1斤 已经卖完了。候补只记在你自己名下，不能替 妈妈 候补："
            "想自己候补请发“候补 #1 1”，空出的数量按排队顺序，补给数量放得下的人。",
            "+1": "Dee：抱歉，荔枝 1斤 已经卖完了。想候补请发“候补 1”："
            "空出的数量按排队顺序，补给数量放得下的人。",
        },
        "Dee 已候补 荔枝 1斤（#1）1 份，排第 2 位。",
    ),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_a_sold_out_friends_line_is_told_how_to_wait_where_a_waiting_list_exists(lang: str) -> None:
    opening, wait, answers, queued = CASES[lang]
    chat = fake_chat(default_language=lang)
    await chat.say("amy", opening, language=lang)
    await chat.say("bob", "+2", language=lang)
    await chat.say("cat", wait, language=lang)  # a waiting list exists already

    for typed, said in answers.items():
        assert [r.text for r in await chat.say("dee", typed, language=lang)] == [said]

    assert chat.said(await chat.say("dee", wait, language=lang)).startswith(queued)

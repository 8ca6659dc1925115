"""Review 64 (#13): Kate set `/payment #1 PayNow 9123 4567` for her Bubble Tea; her next group buy's close
said "No way to pay is set", and each buyer was told to ask her. The next group buy she opens in the
group now starts with her last payment note (the opening says so, and how to change it), and its close
and orders say it."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_the_next_group_buy_starts_with_the_last_payment_note_in_english() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("kate", "/lang en")
    await chat.say("kate", "/groupbuy Bubble Tea price 6")
    await chat.say("kate", "/payment #1 PayNow 9123 4567")
    await chat.say("leo", "+1", name="Leo")
    await chat.say("kate", "/close")

    opened = chat.said(await chat.say("kate", "/groupbuy Mochi price 4"))
    assert opened.endswith(
        "How to pay, as last time: PayNow 9123 4567 (to change it, send /payment #2 and the new way)."
    ), opened
    await chat.say("mia", "+1", name="Mia")
    replies = await chat.say("kate", "/close")

    summary = chat.private(replies)["kate"]
    assert "No way to pay is set" not in summary, summary
    assert "PayNow 9123 4567" in chat.private(replies)["mia"]


async def test_the_next_group_buy_starts_with_the_last_payment_note_in_chinese() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("kate", "接龙 奶茶 价格 6")
    await chat.say("kate", "收款方式 #1 微信转账给Kate")
    await chat.say("kate", "截单 #1")

    opened = chat.said(await chat.say("kate", "接龙 麻薯 价格 4"))

    assert opened.endswith("付款方式沿用上次的：微信转账给Kate（要改请发 收款方式 #2 加新的方式）。"), opened


async def test_a_first_group_buy_says_nothing_of_a_way_to_pay() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    opened = chat.said(await chat.say("kate", "/groupbuy Bubble Tea price 6"))
    assert "as last time" not in opened and "沿用上次" not in opened

"""Session 40 (s39 closing, "Pastes and joins"): "…so you may take 2 more" on a buy with options gave no
join to send, and a bare `+2` is then asked which option. The refusal ends with the join naming the option
(`send +2 small`, `发 +2 豆沙`); without options it reads as before."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_an_english_over_limit_join_of_an_option_says_the_join_to_send() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Pies options small:8,large:9 limit 4")
    await chat.say("kay", "+2 small")

    reply = chat.said(await chat.say("kay", "+3 small"))
    sent = chat.said(await chat.say("kay", "+2 small"))

    assert reply == (
        "Sorry, Pies small is limited to 4 per person and you already have 2, so you may take 2 more: "
        "send +2 small. Nothing was changed."
    )
    assert sent.startswith("Kay is in: 2 more, now 4 × Pies small in all (#1).")
    assert "1. Kay small ×4" in await chat.card()


async def test_a_chinese_over_limit_join_of_an_option_says_the_join_to_send() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9 限购 4")
    await chat.say("kay", "+1 豆沙")

    reply = chat.said(await chat.say("kay", "+4 豆沙"))

    assert (
        reply == "抱歉，月饼 豆沙 每人限购 4 份，你已经有 1 份了，还能再要 3 份（发 +3 豆沙），没有任何改动。"
    )
    assert "1. Kay 豆沙 ×1" in await chat.card()


async def test_without_options_the_refusal_reads_as_before() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "/groupbuy Pies price 8 limit 4")
    await chat.say("kay", "+2")

    reply = chat.said(await chat.say("kay", "+3"))

    assert reply == (
        "Sorry, Pies is limited to 4 per person and you already have 2, so you may take 2 more. "
        "Nothing was changed."
    )

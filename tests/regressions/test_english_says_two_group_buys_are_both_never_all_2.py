"""Session 41's noticed list: English texts counting two group buys said "all 2" (`Sorry, all 2 group buys
open here are sold out`, `How to pay is set for all 2 of your open group buys here`). Two are "both"; one
and three or more read as before, and Chinese (no dual) says `2 个团` unchanged."""

from __future__ import annotations

from handlers.texts import t
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_two_sold_out_group_buys_are_both_and_three_are_all_3() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Kaya jam price 8 stock 1")
    await chat.say("amy", "/groupbuy Eggs price 5 stock 1")
    await chat.say("bob", "+1 #1")
    await chat.say("bob", "+1 #2")

    said = chat.said(await chat.say("zoe", "+1"))
    assert said == (
        "Zoe: Sorry, both group buys open here are sold out: #1 Kaya jam · #2 Eggs. To wait for one, "
        "send /waitlist #1 1: whatever comes free goes to the first in line whose quantity fits."
    )

    await chat.say("amy", "/groupbuy Rice price 30 stock 1")
    await chat.say("bob", "+1 #3")
    assert chat.said(await chat.say("zoe", "+1")).startswith(
        "Zoe: Sorry, all 3 group buys open here are sold out: #1 Kaya jam · #2 Eggs · #3 Rice."
    )


async def test_setting_how_to_pay_for_two_says_both() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Kaya jam price 8")
    await chat.say("amy", "/groupbuy Eggs price 5")

    said = chat.said(await chat.say("amy", "/payment all PayNow 9123 4567"))
    assert said.startswith("How to pay is set for both of your open group buys here:\n"), said


def test_one_and_many_keep_their_plural_forms_and_chinese_its_count() -> None:
    said = {n: t("en", "commission_all_set", count=n) for n in (1, 2, 4)}
    assert said[1] == "Sharers' rate set for your 1 open group buy here:"
    assert said[2] == "Sharers' rate set for both of your open group buys here:"
    assert said[4] == "Sharers' rate set for all 4 of your open group buys here:"
    assert t("zh", "commission_all_set", count=2) == "已为你在本群进行中的 2 个团设好分享佣金："

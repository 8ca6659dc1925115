"""rep68 finding 7: `钱到了吗` after a short report (`我已付款 1-1 10元` owing ¥18) answered `你报的订单 #1-1
付款 ¥10 团长还没确认…`, leaving out the ¥8 still owed that her own report's reply had named. Now it says
it: `你报的订单 #1-1 付款 ¥10（应付 ¥18，还差 ¥8）团长还没确认，确认后会通知你。`, in private and (sent
privately) when asked in the group; in English likewise. A report of the whole total reads as before."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _reported_short(lang: str, report: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), default_language=lang)
    await chat.say("amy", "/groupbuy Cookies price 18 target 1")
    await chat.say("ann", "+1")
    await chat.say("bob", "+1")
    await chat.say("amy", "/close")
    await chat.say("ann", report)
    await chat.say("bob", "/ipaid 1-2")
    return chat


async def test_chinese_names_the_gap_in_private_and_in_the_group() -> None:
    chat = await _reported_short("zh", "我已付款 1-1 10元")

    alone = Chat.said(await chat.say("ann", "钱到了吗", private=True))
    here = await chat.say("ann", "钱到了吗")
    whole = Chat.said(await chat.say("bob", "钱到了吗", private=True))

    short = "你报的订单 #1-1 付款 ¥10（应付 ¥18，还差 ¥8）团长还没确认，确认后会通知你。"
    assert alone == short
    assert Chat.said(here) == "Ann, I replied to you privately."  # the group reads its card's (rep73 #8)
    assert Chat.private(here) == {"ann": short}
    assert whole == "你报的订单 #1-2 付款 ¥18 团长还没确认，确认后会通知你。"


async def test_english_likewise() -> None:
    chat = await _reported_short("en", "/ipaid 1-1 ¥10")

    alone = Chat.said(await chat.say("ann", "have I been paid?", private=True))

    assert alone == (
        "Your payment of ¥10 for order #1-1 (¥18 due, ¥8 short) is not confirmed by the organiser yet;"
        " you'll be told when it is."
    )

"""Review 67 item 6: after a part payment, the top-up said in words was ignored: Leo's `just sent the rest
kate!` after Kate received only ¥20, Zoe's `paid the rest 👍` and `sent the other 10` just after her ¥10
report (silence), while `just paid kate!` was a report. Now `the rest` (`剩下的转了`, `尾款付了`) reports the
top-up as a bare `/ipaid 1-1` would (the rest), with an amount that amount, even just after her short
report (a bare `/ipaid 1-1` then is a resend; these words say the rest was paid), the organiser asked."""

from __future__ import annotations

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat, only_part_received


async def zoe_reported_10_of_20(*, english: bool = True) -> Chat:
    """Kate's Dumplings (饺子) at 10, Zoe's `+2` (¥20, #1-1), closed; Zoe reported ¥10 in the group."""
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Dumplings price 10" if english else "接龙 饺子 价格 10", name="Kate")
    await chat.say("bob", "+2", name="Zoe")
    await chat.say("amy", "/close" if english else "截单", name="Kate")
    await chat.say("bob", "/ipaid 1-1 10" if english else "我已付款 1-1 10元", name="Zoe")
    return chat


async def test_paid_the_rest_just_after_a_short_report_is_the_top_up() -> None:
    chat = await zoe_reported_10_of_20()

    replies = await chat.say("bob", "paid the rest 👍", name="Zoe")

    told = chat.private(replies)
    assert "¥10 before and ¥10 now, ¥20 in all" in told["bob"], told
    assert "💸 Zoe" in told["amy"] and "¥20" in told["amy"], told
    assert "¥10 is still to pay" not in told["bob"]


async def test_sent_the_other_10_is_that_amount() -> None:
    chat = await zoe_reported_10_of_20()

    replies = await chat.say("bob", "sent the other 10", name="Zoe")

    told = chat.private(replies)
    assert "¥10 before and ¥10 now, ¥20 in all" in told["bob"], told
    assert "amy" in told


async def test_just_sent_the_rest_kate_after_only_20_received() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Tea price 21", name="Kate")
    await chat.say("bob", "+2", name="Leo")
    await chat.say("amy", "/close", name="Kate")
    await only_part_received(chat, "bob", "/ipaid 1-1 20", name="Leo")

    replies = await chat.say("bob", "just sent the rest kate!", name="Leo")

    told = chat.private(replies)
    assert "Kate has received ¥20, and you paid ¥22 now, ¥42 in all" in told["bob"], told
    assert "amy" in told


async def test_in_chinese_too() -> None:
    for words in ("剩下的转了", "尾款付了"):
        chat = await zoe_reported_10_of_20(english=False)

        replies = await chat.say("bob", words, name="Zoe")

        told = chat.private(replies)
        assert "¥10" in told["bob"] and "一共 ¥20" in told["bob"], (words, told)
        assert "amy" in told, words


async def test_the_rest_with_nothing_part_paid_is_the_plain_report() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Dumplings price 10", name="Kate")
    await chat.say("bob", "+2", name="Zoe")
    await chat.say("amy", "/close", name="Kate")

    replies = await chat.say("bob", "paid the rest 👍", name="Zoe")

    assert "amy" in chat.private(replies), replies  # Kate asked, as for `/ipaid 1-1`


async def test_the_rest_from_one_owing_nothing_stays_talk() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("amy", "/groupbuy Dumplings price 10", name="Kate")

    replies: list[Reply] = await chat.say("cat", "paid the rest 👍", name="Mia")

    assert not [reply for reply in replies if reply.text], replies

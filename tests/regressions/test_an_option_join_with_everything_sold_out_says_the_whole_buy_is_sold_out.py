"""Review 64 (#14): `+1 small` with the whole stock gone (large gone too) read "Bubble Tea small is sold out
… send /wait small 1", as though large were still to be had. With every option gone the answer says the
whole group buy is sold out, and the option's wait as before. Where the stock the options share is taken
(not each option's own), it says that (rep80 #8: "every option is gone" read false beside `0 taken`)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _sold_out(opening: str, taken: str) -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory())
    await chat.say("kate", opening)
    await chat.say("leo", taken, name="Leo")
    return chat


async def test_the_whole_stock_gone_is_said_in_english() -> None:
    chat = await _sold_out("/groupbuy Bubble Tea options small:4,large:6 stock 2", "+2 large")

    said = chat.said(await chat.say("mia", "+1 small", name="Mia"))

    assert said == (
        "Mia: Sorry, Bubble Tea is sold out: its options share one stock, and all of it is taken. "
        "To wait for small, send /wait small 1: "
        "whatever comes free goes to the first in line whose quantity fits."
    ), said


async def test_each_options_own_stock_gone_is_said_in_chinese() -> None:
    chat = await _sold_out("接龙 奶茶 规格 小杯:4:1,大杯:6:1", "+1 大杯")
    await chat.say("noah", "+1 小杯", name="Noah")

    said = chat.said(await chat.say("mia", "+1 小杯", name="Mia"))

    assert said == (
        "Mia：抱歉，奶茶 已经全部卖完了，所有规格都没有了。想候补 小杯 请发“候补 小杯 1”："
        "空出的数量按排队顺序，补给数量放得下的人。"
    ), said


async def test_one_option_gone_still_names_only_it() -> None:
    chat = await _sold_out("/groupbuy Bubble Tea options small:4:1,large:6 stock 5", "+1 small")

    said = chat.said(await chat.say("mia", "+1 small", name="Mia"))

    assert "Sorry, Bubble Tea small is sold out. To wait for it, send /wait small 1" in said, said

"""rep95 #3: `接龙 柚子 价格 20 周五晚8点`, `接龙 核桃 价格 40 3天后截单` and `/groupbuy Rye bread price 8.50
tomorrow 6pm` were refused as "not a valid price", though the price was fine and `…截单` after a time is
read. A time after the price is now the deadline; other words after a price that reads are named as not
understood, with how to write the deadline; a price that is itself wrong (`8,50`) gets its own reason."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_time_after_the_price_is_the_deadline() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")  # Monday 23 November, 12:00

    pomelo = Chat.said(await chat.say("amy", "接龙 柚子 价格 20 周五晚8点"))
    walnut = Chat.said(await chat.say("amy", "接龙 核桃 价格 40 3天后截单"))
    rye = Chat.said(await chat.say("amy", "/groupbuy Rye bread price 8.50 tomorrow 6pm"))

    assert pomelo == "团购 #1 开团了：柚子，¥20/份。发 +1 或点“跟团”参加，截止 11月27日 周五 20:00。"
    assert walnut.startswith("团购 #2 开团了：核桃，¥40/份。发 +1 或点“跟团”参加，截止 11月26日 周四 12:00。")
    assert rye.startswith("Group buy #3 is open: Rye bread at ¥8.50 each.")
    assert rye.endswith("it closes Tue 24 Nov 18:00.")
    assert "截止：11月27日 周五 20:00" in await chat.card(1)
    assert "单价：¥20/份" in await chat.card(1)


async def test_other_words_after_the_price_are_named() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")

    tasty = Chat.said(await chat.say("amy", "接龙 柚子 价格 20 好吃"))
    comma = Chat.said(await chat.say("amy", "/groupbuy Kimchi price 8,50 in 3 days"))
    nothing = Chat.said(await chat.say("amy", "/list"))

    assert tasty == (
        "价格 20 后面的“好吃”我没看懂，没有开团。成团数写“成团 10”，截止时间写“截止 今晚8点”。"
        "例如：接龙 海南贵妃芒 5斤 价格 88 成团 10 截止 今晚8点"
    )
    assert comma.startswith("In a price a comma only separates thousands, as in 1,200 (you wrote “8,50”).")
    assert nothing.startswith("There is no open group buy in this chat.")

"""rep95 #14: `接龙 荔枝 25块 周五晚8点截单 库存 30 限购 3 大盒/小盒` was told `看不懂“大盒/小盒”…`
with the forms of 库存 and 限购, and `/groupbuy Cookies2 small/large` "Add a price": neither said 规格 /
options. Names split by `/` with no price now get the options form, a price each; nothing is opened."""

from __future__ import annotations

from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_unpriced_options_get_the_options_form() -> None:
    chat = fake_chat(clock=FakeClock(), default_language="zh")

    chinese = Chat.said(await chat.say("amy", "接龙 荔枝 25块 周五晚8点截单 库存 30 限购 3 大盒/小盒"))
    english = Chat.said(await chat.say("amy", "/groupbuy Cookies2 small/large"))
    nothing = Chat.said(await chat.say("amy", "/list"))

    assert chinese == (
        "“大盒/小盒”像是几个规格，但没有写各自的价格，没有开团。"
        "多规格请这样写：规格 大盒:88,小盒:68（名称:价格，用逗号隔开）。"
    )
    assert english == (
        "“small/large” looks like options, but they have no prices, so nothing was opened. "
        "Write them with a price each: options small:88,large:68 (name:price, commas between)."
    )
    assert nothing.startswith("There is no open group buy in this chat.")
    opened = Chat.said(await chat.say("amy", "接龙 荔枝 规格 大盒:88,小盒:68"))
    assert opened.startswith("团购 #1 开团了：荔枝，大盒 ¥88/份 / 小盒 ¥68/份。")

"""With mangoes (#1 海南贵妃芒 5斤) closed and #3 赣南脐橙 open, `问 芒果还有吗` and `问 芒果多少钱` answered
"本群没有「芒果」的团购…", as if mangoes had never been sold here (`问 有人买过芒果吗` told of #1). The
answer now says #1 has closed (or ended without a sale), then what is open; in English too."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

_OPEN_ZH = "进行中的是：#3 赣南脐橙 10斤（问的时候带上团号，例如：问 #3 还有吗）。"
_OPEN_EN = "Open here: #3 赣南脐橙 10斤 (name one by its number, e.g. /ask #3 any left?)."


async def test_a_question_about_a_closed_product_with_another_open_says_it_closed() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory())
    for user, text in [
        ("amy", "接龙 海南贵妃芒 5斤 价格 88"),
        ("bob", "+1"),
        ("amy", "截单 #1"),
        ("amy", "接龙 香水柠檬 价格 20"),
        ("amy", "取消 #2"),
        ("amy", "接龙 赣南脐橙 10斤 价格 59"),
    ]:
        await chat.say(user, text)

    for question in ("问 芒果还有吗", "问 芒果多少钱"):
        said = chat.said(await chat.say("cat", question))
        assert said == f"本群开过 海南贵妃芒 5斤（#1），已经截单了。{_OPEN_ZH}"
    en = chat.said(await chat.say("cat", "/ask any mangoes left?"))
    assert en == f"海南贵妃芒 5斤 (#1) ran here and has closed. {_OPEN_EN}"
    lemons = chat.said(await chat.say("cat", "问 柠檬多少钱"))  # called off: it sold nothing
    called_off = "本群开过 香水柠檬（#2），已取消：没有取货，不收任何款项。现在没有卖「柠檬」的团，"
    assert lemons == called_off + _OPEN_ZH
    grapes = chat.said(await chat.say("cat", "问 葡萄多少钱"))  # never sold here
    assert grapes == f"本群没有「葡萄」的团购。{_OPEN_ZH}"

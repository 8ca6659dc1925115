"""rep38 finding 1: Sam's ad `阳光玫瑰超甜！加我微信 sam888 全网最低价` (flagged ⚠️ 未验证) was linked to the
open 阳光玫瑰 #12 by its words and its card carried "想要就点“跟团”，或发 +1 团12-DN4J" with a 跟团 button;
Kim tapped it, paid, and Sam was told "Kim 付款了：你记了 ¥6.80 佣金". A flagged note's or an ad's card
now offers no Join and no share code of its author's, and a Join tapped on an older copy of it joins
the group buy but credits its author nothing. An honest note's card keeps both."""

from __future__ import annotations

import pytest

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

OPEN = {"zh": "接龙 阳光玫瑰 价格 68 截止 3d", "en": "/groupbuy Grapes price 68 ends 3d"}
AD = {
    "zh": "种草 #1 阳光玫瑰超甜！加我微信 sam888 全网最低价",
    "en": "/note #1 grapes so sweet!! add my wechat sam888 cheapest price",
}
HONEST = {"zh": "种草 #1 阳光玫瑰很脆很甜", "en": "/note #1 the grapes were crisp and sweet"}
JOIN = {"zh": "跟团", "en": "Join"}


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_an_ads_card_has_no_join_and_a_tap_on_it_credits_nobody(lang: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language=lang)
    await chat.say("amy", OPEN[lang])
    await chat.say("eve", HONEST[lang])
    await chat.say("sam", AD[lang])

    honest, ad = await chat.app.render_card(-1), await chat.app.render_card(-2)
    assert any(b.label == JOIN[lang] for row in honest.buttons for b in row)
    assert "+1 " in honest.text
    assert not any(b.label == JOIN[lang] for row in ad.buttons for b in row)
    assert "+1 " not in ad.text

    await chat.tap("kim", "nt:join:2")  # an older copy of the ad's card, from before it was flagged
    await chat.tap("ivy", "nt:join:1")
    await chat.say("amy", "截单" if lang == "zh" else "/close")
    sharers = {order.buyer_id: order.sharer_id for order in factory.state.orders.values()}
    assert sharers == {"kim": None, "ivy": "eve"}

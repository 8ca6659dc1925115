"""s38: Lin help-sold 蜂蜜 (#1) in her group; once it ended (cancelled: nothing earned by her), her
`我的收益` read `你的分享收益：… 还没有收益：分享团购链接…`, as if she had only ever shared. Her
earnings stay help-selling's after her listings have all closed, as they read while one was open."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "en": ("/groupbuy Honey price 40", "/helpsell on 10%", "/helpsell #1", "/cancel #1", "/earnings"),
    "zh": ("接龙 蜂蜜 价格 40", "帮卖 开 10%", "帮卖 #1", "取消 #1", "我的收益"),
}
SAID = {
    "en": (
        "Your earnings from help-selling:",
        "Nothing earned yet: you earn the help-sell commission on what the orders made in your group pay.",
    ),
    "zh": ("你的帮卖收益：", "还没有收益：你帮卖的群里的订单付款后，你按帮卖佣金比例得佣金。"),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_her_listings_closed_her_earnings_still_speak_of_help_selling(lang: str) -> None:
    opening, rate, listing, close, earnings = WORDS[lang]
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    family.admins, street.admins = {"amy"}, {"lin"}
    await family.say("amy", opening)
    await family.say("amy", rate)
    await street.say("lin", listing)
    await street.say("lin", f"/lang {lang}", private=True)
    await family.say("amy", close)
    async with factory() as uow:
        closed = await uow.group_buys.get(1)
    assert closed is not None and not closed.is_open

    text = Chat.said(await street.say("lin", earnings, private=True))

    lines = text.split("\n")
    assert lines[0] == SAID[lang][0], text
    assert SAID[lang][1] in lines, text
    assert "shar" not in text and "分享" not in text

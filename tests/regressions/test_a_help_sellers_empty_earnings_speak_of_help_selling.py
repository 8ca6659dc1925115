"""Review 82 #12: Lin, help-selling a group buy in her group with nothing earned yet, sent `/earnings` and
read `Your earnings from sharing: … Nothing earned yet: share a group buy's link…`, as if she only shared.
Now her (empty) earnings are help-selling's and say how she earns them."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

SAID = {
    "en": (
        "Your earnings from help-selling:",
        "Nothing earned yet: you earn the help-sell commission on what the orders made in your group pay.",
    ),
    "zh": ("你的帮卖收益：", "还没有收益：你帮卖的群里的订单付款后，你按帮卖佣金比例得佣金。"),
}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_nothing_earned_yet_reads_as_help_selling(lang: str) -> None:
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id = family.app, "street"
    family.admins, street.admins = {"amy"}, {"lin"}
    await family.say("amy", "/groupbuy Honey price 40")
    await family.say("amy", "/helpsell on 10%")
    await street.say("lin", "/helpsell #1")
    await street.say("lin", f"/lang {lang}", private=True)

    text = Chat.said(await street.say("lin", "/earnings", private=True))

    lines = text.split("\n")
    assert lines[0] == SAID[lang][0]
    assert SAID[lang][1] in lines
    assert "shar" not in text and "分享" not in text

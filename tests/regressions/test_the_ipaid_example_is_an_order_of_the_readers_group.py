"""rep52 #1: in a help-sold (帮卖) group buy, the close message in the help-seller's group showed an order of
the organiser's group as its example (`/ipaid 1-1`, Cat's, in the office); a buyer there who copied it was
refused with a made-up number (`e.g. /ipaid 12-3`). Each group's close message now shows an order of that
group, and `/ipaid` of a number not hers, from a member with one unpaid order here, names hers."""

from __future__ import annotations

import pytest

from handlers.types import Reply
from tests.fakes import FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat

FORMS = {
    "zh": {
        "open": "接龙 芒果 价格 10 成团 1 截止 2小时",
        "rate": "帮卖 开 10%",
        "list": "帮卖 #1",
        "close": "截单",
    },
    "en": {
        "open": "/groupbuy Mangoes price 10 target 1 ends 2h",
        "rate": "/helpsell on 10%",
        "list": "/helpsell #1",
        "close": "/close",
    },
}
EXAMPLE = {"zh": "（例如 我已付款 {order}）", "en": "(e.g. /ipaid {order})"}
REFUSED = {
    "zh": "这里没有订单 #1-1，没有任何改动。你在这里的订单是 #1-2：发 我已付款 1-2",
    "en": "There is no order #1-1 here: nothing was changed. Your order here is #1-2: send /ipaid 1-2",
}
IPAID = {"zh": "我已付款", "en": "/ipaid"}


async def _closed(lang: str) -> tuple[Chat, Chat, list[Reply]]:
    said = FORMS[lang]
    family, office = await help_sold(
        said["open"], factory=FakeUnitOfWorkFactory(), rate=said["rate"], listing=said["list"]
    )
    await family.say("cat", "+1")  # order 1-1, in the organiser's group
    await office.say("dan", "+2")  # 1-2, in the office
    await office.say("eve", "+1")  # 1-3
    return family, office, await family.say("amy", said["close"])


def _told(replies: list[Reply], chat_id: str) -> str:
    [text] = [r.text for r in replies if r.chat_id == chat_id and r.text and not (r.private_to or r.is_card)]
    return text


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_each_groups_close_message_shows_an_order_of_that_group(lang: str) -> None:
    _, _, closed = await _closed(lang)

    assert EXAMPLE[lang].format(order="1-1") in _told(closed, "family")
    office = _told(closed, "office")
    assert EXAMPLE[lang].format(order="1-2") in office
    assert "1-1" not in office


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_another_groups_number_is_answered_with_her_own_order(lang: str) -> None:
    _, office, _ = await _closed(lang)

    replies = await office.say("dan", f"{IPAID[lang]} 1-1")

    assert [r.text for r in replies if r.text] == [REFUSED[lang]]
    assert REFUSED[lang].rsplit(" ", 1)[-1] == "1-2"
    reported = await office.say("dan", f"{IPAID[lang]} 1-2")  # the command named works
    assert any("1-2" in r.text for r in reported if r.text and not r.private_to)


async def test_with_two_unpaid_orders_here_the_refusal_names_neither() -> None:
    family, office, _ = await _closed("en")
    await family.say("amy", "/groupbuy Plums price 5 target 1 ends 2h")
    await family.say("amy", "/helpsell #2 on 10%")
    await office.say("bob", "/helpsell #2")
    await office.say("dan", "+1 #2")
    await family.say("amy", "/close #2")

    [text] = [r.text for r in await office.say("dan", "/ipaid 1-1") if r.text]

    assert text.startswith("There is no order #1-1 here: nothing was changed. Name your own order")

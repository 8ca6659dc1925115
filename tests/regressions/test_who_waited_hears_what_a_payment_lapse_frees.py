"""s28 #1: the payment-lapse sweep (`expire_unpaid`, orders cancelled at their pay-by time) freed units
and told those still waiting at the close nothing, while a manual `取消` told them. The sweep now tells
them as a manual cancel does, privately, once; the organiser's lapse notice names them."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import make_app


async def _closed_with_waits(lang: str) -> tuple[Chat, FakeClock]:
    """Mangoes (stock 3) sold out to Bob, Cat, Dan; Eve waited for 2; closed; Bob paid."""
    clock = FakeClock()
    chat = Chat(make_app(FakeUnitOfWorkFactory(), clock, online_payment=True, language=lang))
    english = lang == "en"
    await chat.say("amy", "/groupbuy Mangoes price 78 stock 3" if english else "接龙 芒果 价格 78 库存 3")
    for user in ("bob", "cat", "dan"):
        await chat.say(user, "+1")
    await chat.say("eve", "/waitlist 2" if english else "候补 2")
    await chat.say("amy", "/close" if english else "截单")
    await chat.say("amy", "/paid 1-1")
    return chat, clock


@pytest.mark.parametrize(
    ("lang", "eve", "amy"),
    [
        (
            "zh",
            "芒果（#1）截单后有未付款订单取消，空出了 2 份。你截单时候补 2 份；已截单的团不会自动补上，"
            "还想要的话请直接联系团长 Amy。",
            "截单时候补的 Eve ×2 已私信告知空出的数量（截单后不会自动补上；要给他们可以 再开一团 #1）。",
        ),
        (
            "en",
            "Unpaid orders of Mangoes (#1) were cancelled after the close: 2 came free. "
            "You were waiting for 2 at the close; nobody moves in once it has closed, "
            "so if you still want them, please contact the organiser, Amy.",
            "Told privately what came free, as they waited at the close: Eve ×2 (nobody moves in after the "
            "close; to serve them, /copy 1).",
        ),
    ],
    ids=["zh", "en"],
)
async def test_a_lapse_tells_who_waited_once(lang: str, eve: str, amy: str) -> None:
    chat, clock = await _closed_with_waits(lang)
    clock.advance(hours=25)  # past Cat's and Dan's pay-by time

    replies = await chat.app.checkout.expire_unpaid(clock.now())

    told = chat.private(replies)
    assert told["eve"] == eve
    assert [r.private_to for r in replies].count("eve") == 1
    assert told["amy"].endswith(amy)  # her last lapse notice of it names them
    assert sum(amy in (r.text or "") for r in replies) == 1
    later = await chat.say("amy", "/cancel 1-1" if lang == "en" else "取消 1-1")  # told already: not again
    assert "eve" not in chat.private(later)

"""Review 45, finding 1: `已取 5-1` released the sharer's commission at once (pending -> available, before
the 7-day hold), and `撤销已取 5-1` left it released: the sharer could withdraw early on an order back to
"not picked up", and the buyer, told "已提货…", was never told it was undone. Now undoing the pickup puts
what it released back to pending (released when the hold ends, as if never picked up) and says so to the
organiser; one already asked for in a payout (or paid out) stays, and the answer says so; the buyer is
told privately, once, in her language."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import cast

import pytest

from bot.commission_release import CommissionRelease
from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from storage.db import make_engine
from storage.migrate import upgrade
from storage.state_memory import MemorySharedState
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat


@pytest.fixture(params=["fakes", "sqlite"])
async def factory(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[UnitOfWorkFactory]:
    if request.param == "fakes":
        yield cast(UnitOfWorkFactory, FakeUnitOfWorkFactory())
        return
    url = f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}"
    await upgrade(url)
    made = SqlUnitOfWorkFactory(make_engine(url))
    try:
        yield made
    finally:
        await made.dispose()


WORDS = {
    "zh": {
        "open": "接龙 芒果 价格 100",
        "rate": "佣金 10%",
        "share": "分享",
        "close": "截单",
        "paid": "已收 1-1",
        "picked": "已取 1-1",
        "undo": "撤销已取 1-1",
        "earnings": "我的收益",
        "pending": "待入账：¥10",
        "available": "可提现：¥10",
        "payout": "提现 微信 sam888",
        "held": "\nSam 的佣金 ¥10 改回待入账，{} 起可提现（和没取货时一样）。",
        "kept": "\nSam 的佣金 ¥10 已经申请提现或已打款，没有扣回。",
        "told": "已私信告诉买家。",
        "until": "11月30日 周一 12:00",
        "nothing": "还没有可提现的收益。待入账的 ¥10",
        "buyer": "Amy 撤销了你的订单 #1-1（芒果）的已提货：之前误标为已提货，这单还等你来取。"
        "取货时出示取货码就行（发“我的订单”可以查看）。",
    },
    "en": {
        "open": "/groupbuy Mangoes price 100",
        "rate": "/commission 10%",
        "share": "/share",
        "close": "/close",
        "paid": "/paid 1-1",
        "picked": "/pickedup 1-1",
        "undo": "/unpickup 1-1",
        "earnings": "/earnings",
        "pending": "Held: ¥10",
        "available": "Yours to withdraw: ¥10",
        "payout": "/payout wechat sam888",
        "held": "\nSam's commission of ¥10 is pending again, available from {} (as if never picked up).",
        "kept": "\nSam's commission of ¥10 was already asked for in a payout or paid out,"
        " so it was not taken back.",
        "told": " The buyer was told privately.",
        "until": "Mon 30 Nov 12:00",
        "nothing": "Nothing is yours to withdraw yet. The ¥10",
        "buyer": "Amy undid the pickup of your order #1-1 (Mangoes): it was marked picked up by mistake and "
        "still waits for you. Show your pickup code when you collect it (/orders shows it).",
    },
}


async def _picked_up(lang: str, clock: FakeClock, factory: UnitOfWorkFactory) -> Chat:
    w = WORDS[lang]
    config = AppConfig(default_language=lang)
    chat = Chat(ChatApp(uow_factory=factory, clock=clock, config=config, values=MemorySharedState().values))
    await chat.say("amy", w["open"], language=lang)
    await chat.say("amy", w["rate"], language=lang)
    code = re.search(r"\d+-\w{4}", chat.shared(await chat.say("sam", w["share"], language=lang)))
    assert code is not None
    await chat.say("cat", f"+1 {code.group(0)}", language=lang)
    await chat.say("amy", w["close"], language=lang)
    await chat.say("amy", w["paid"], language=lang)
    clock.advance(days=1)
    await chat.say("amy", w["picked"], language=lang)
    earned = chat.said(await chat.say("sam", w["earnings"], private=True, language=lang))
    assert w["available"] in earned, earned  # the pickup released it at once
    return chat


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_undoing_a_pickup_holds_its_early_commission_again(
    lang: str, factory: UnitOfWorkFactory
) -> None:
    w, clock = WORDS[lang], FakeClock()
    chat = await _picked_up(lang, clock, factory)

    replies = await chat.say("amy", w["undo"], language=lang)

    said = chat.said(replies)
    assert said.endswith(w["held"].format(w["until"])), said  # paid on the clock's first day, + 7 days
    assert said.split("\n")[0].endswith(w["told"]), said
    assert chat.private(replies)["cat"] == w["buyer"]  # the buyer, once
    earned = chat.said(await chat.say("sam", w["earnings"], private=True, language=lang))
    assert w["pending"] in earned and w["available"] not in earned, earned
    refused = chat.said(await chat.say("sam", w["payout"], private=True, language=lang))
    assert refused.startswith(w["nothing"]), refused  # nothing to withdraw before the hold ends

    sweep = CommissionRelease(factory, clock, hold=timedelta(days=7))
    clock.advance(days=5)  # 6 days after the payment: still held
    assert await sweep() == 0
    clock.advance(days=1, hours=1)  # 7 days after the payment: released, as if never picked up
    assert await sweep() == 1
    earned = chat.said(await chat.say("sam", w["earnings"], private=True, language=lang))
    assert w["available"] in earned and w["pending"] not in earned, earned


@pytest.mark.parametrize("lang", ["zh", "en"])
async def test_a_commission_asked_for_already_stays_and_the_organiser_is_told(lang: str) -> None:
    w, clock = WORDS[lang], FakeClock()
    chat = await _picked_up(lang, clock, cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()))
    asked = chat.said(await chat.say("sam", w["payout"], private=True, language=lang))
    assert "#1" in asked, asked  # payout #1 requested: the ¥10 left her available balance

    replies = await chat.say("amy", w["undo"], language=lang)

    said = chat.said(replies)
    assert said.endswith(w["kept"]), said
    assert chat.private(replies) == {"cat": w["buyer"]}


async def test_the_second_pickup_releases_it_again_and_a_repeat_tells_nobody() -> None:
    chat = await _picked_up("zh", FakeClock(), cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()))
    await chat.say("amy", "撤销已取 1-1")
    again = await chat.say("amy", "撤销已取 1-1")
    assert chat.said(again) == "订单 #1-1 还没取货，不用撤销，没有任何改动。"
    assert not chat.private(again)  # told once

    await chat.say("amy", "已取 1-1")

    earned = chat.said(await chat.say("sam", "我的收益", private=True))
    assert "可提现：¥10" in earned and "待入账：¥10" not in earned, earned

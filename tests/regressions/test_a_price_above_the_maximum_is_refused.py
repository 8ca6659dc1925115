"""`接龙 手表 价格 100000000` opened a group buy at ¥100,000,000 a unit (a digit or three too many), whose
totals then overflowed. A unit price above a sane maximum (TUAN_MAX_UNIT_PRICE, ¥100,000 by default) is
refused with the price and the maximum shown; nothing opens."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.bootstrap import build, migrate
from bot.settings import Settings
from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        (
            "接龙 手表 价格 100000000",
            "单价 ¥100,000,000 超过了每份上限 ¥100,000：是不是多打了一位数？例如：价格 88",
        ),
        (
            "/groupbuy Watch price 100000.5",
            "A unit price of ¥100,000.50 is above the maximum of ¥100,000 per unit: "
            "is there a digit too many? Example: price 88",
        ),
        (
            "/groupbuy Watch price 200000 currency USD",
            "A unit price of $200,000 is above the maximum of $100,000 per unit: "
            "is there a digit too many? Example: price 88",
        ),
    ],
)
async def test_the_price_and_the_maximum_are_shown_and_nothing_opens(opening: str, expected: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    assert chat.said(await chat.say("amy", opening)) == expected
    assert factory.state.group_buys == {}


async def test_the_maximum_itself_opens() -> None:
    chat = fake_chat()
    answer = chat.said(await chat.say("amy", "/groupbuy Watch price 100000"))
    assert answer.startswith("Group buy #1 is open: Watch at ¥100,000 each.")


async def test_the_maximum_is_the_setting_tuan_max_unit_price(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TUAN_MAX_UNIT_PRICE", "500")
    settings = Settings(_env_file=None, database_url=f"sqlite+aiosqlite:///{tmp_path / 'tuan.db'}")
    await migrate(settings)
    tuan = await build(settings)
    try:
        chat = Chat(tuan.app)
        refused = chat.said(await chat.say("amy", "/groupbuy Watch price 501"))
        opened = chat.said(await chat.say("amy", "/groupbuy Watch price 500"))
    finally:
        await tuan.aclose()
    assert refused.startswith("A unit price of ¥501 is above the maximum of ¥500 per unit")
    assert opened.startswith("Group buy #1 is open: Watch at ¥500 each.")

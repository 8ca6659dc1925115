"""s33-paidref #4: `我的团` / `/mine` (storage.views `group_buys_of`) left a part received (只收到 ¥100 of a
¥176 order) out of 已收 and in 待收 whole (已收 ¥0，待收 ¥176), while `名单` counts it (已收 ¥100 · 待收
¥76). They now agree, on the in-memory fakes and on real storage (SQLite; PostgreSQL where it runs)."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.unit.handlers.conftest import Chat, fake_chat

WORDS = {
    "zh": (
        "接龙 芒果 价格 176 成团 1 截止 2小时",
        "截单",
        "我已付款 1-1 100元",
        "已收 1-1 ¥100",
        "我的团",
        "名单 #1",
    ),
    "en": (
        "/groupbuy Mangoes price 176 target 1 ends 2h",
        "/close",
        "/ipaid 1-1 100",
        "/paid 1-1 ¥100",
        "/mine",
        "/list #1",
    ),
}


async def _both(chat: Chat, lang: str) -> tuple[str, str]:
    """Bob's ¥176 order #1-1, of which Amy received only ¥100: her `我的团` and her private `名单 #1`."""
    opening, closing, reported, received, mine, listed = WORDS[lang]
    if lang == "en":
        await chat.say("amy", "/lang en")
    await chat.say("amy", opening)
    await chat.say("bob", "+1")
    await chat.say("amy", closing)
    await chat.say("bob", reported)
    await chat.say("amy", received)
    return Chat.said(await chat.say("amy", mine, private=True)), Chat.said(
        await chat.say("amy", listed, private=True)
    )


async def test_both_count_the_part_received_in_chinese() -> None:
    mine, listed = await _both(fake_chat(), "zh")

    assert "#1 芒果 · 已成团 · 1 份，1 个订单 · 已收 ¥100，待收 ¥76" in mine
    assert "💰 已收 ¥100 · 待收 ¥76" in listed


async def test_both_count_the_part_received_in_english() -> None:
    mine, listed = await _both(fake_chat(), "en")

    assert "#1 Mangoes · reached its target · 1 unit, 1 order · collected ¥100, outstanding ¥76" in mine
    assert "💰 Collected ¥100 · outstanding ¥76" in listed


async def test_both_count_the_part_received_on_real_storage(uow_factory: SqlUnitOfWorkFactory) -> None:
    app = ChatApp(uow_factory=cast(UnitOfWorkFactory, uow_factory), clock=FakeClock(), config=AppConfig())

    mine, listed = await _both(Chat(app), "zh")

    assert "已收 ¥100，待收 ¥76" in mine
    assert "💰 已收 ¥100 · 待收 ¥76" in listed

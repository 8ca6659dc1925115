"""Ask's "what friends said" on SQLite and PostgreSQL, by words alone (no reranker): a note posted on a
group buy counts its title among its words (`种草 #1 冲泡水温八十度…` is found for `龙井用多少度的水泡`,
`#1 …`, `龙井苦不苦`), and a question about a product not sold here (荔枝, cherries) never gets a note
about another one (commerce.services.asking.friends_said)."""

from __future__ import annotations

from dataclasses import replace

from commerce.services import group_buys
from commerce.services.asking import friends_said
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, ORGANISER, mango_terms, post_note

TEA_NOTE = "冲泡水温八十度左右，别用开水，不然会苦"
TEA_NOTE_EN = "80 degrees water is right, never boiling, or it turns bitter"
MANGO_NOTE = "这个芒果超甜，回购三次了"
MANGO_NOTE_EN = "These mangoes are super sweet"


async def open_titled(factory: SqlUnitOfWorkFactory, clock: FakeClock, title: str) -> int:
    async with factory() as uow:
        group_buy = await group_buys.open_group_buy(
            uow,
            chat_id=CHAT,
            organiser_id=ORGANISER,
            organiser_name="团长小美",
            terms=replace(mango_terms(clock), title=title),
            now=clock.now(),
            lang="zh",
        )
        await uow.commit()
    assert group_buy.id is not None
    return group_buy.id


async def said(factory: SqlUnitOfWorkFactory, question: str) -> list[int]:
    async with factory() as uow:
        return [found.note.id or 0 for found in await friends_said(uow, CHAT, question)]


async def test_a_note_on_a_group_buy_is_found_by_its_title(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    tea_buy = await open_titled(uow_factory, clock, "西湖龙井 Longjing tea")
    await open_titled(uow_factory, clock, "海南贵妃芒")
    tea = await post_note(uow_factory, clock, "amy", TEA_NOTE, group_buy_id=tea_buy)
    tea_en = await post_note(uow_factory, clock, "bob", TEA_NOTE_EN, group_buy_id=tea_buy)
    await post_note(uow_factory, clock, "cat", MANGO_NOTE)

    assert await said(uow_factory, "龙井用多少度的水泡") == [tea.id]  # 龙井: its title; 度: 多少度
    assert await said(uow_factory, f"#{tea_buy} 用多少度的水泡") == [tea.id]  # #1 names the group buy
    assert await said(uow_factory, "龙井苦不苦") == [tea.id, tea_en.id]  # "bitter": 苦 (`qualities`)
    assert await said(uow_factory, "what water temperature for the tea") == [tea_en.id]  # tea: its title


async def test_a_product_not_sold_here_gets_no_note_about_another(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock
) -> None:
    await open_titled(uow_factory, clock, "海南贵妃芒")
    mango = await post_note(uow_factory, clock, "amy", MANGO_NOTE)
    mango_en = await post_note(uow_factory, clock, "bob", MANGO_NOTE_EN)

    # either language: the note saying the question's own words first (the search ranks it higher)
    assert await said(uow_factory, "芒果超甜吗") == [mango.id, mango_en.id]
    assert await said(uow_factory, "荔枝超甜吗") == []  # 超甜 is in the mango note: not about lychees
    assert await said(uow_factory, "are the mangoes sweet") == [mango_en.id, mango.id]
    assert await said(uow_factory, "are the cherries sweet") == []

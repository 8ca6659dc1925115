"""rep40 item 9: `+1 小的` on a buy with options 大盒 / 小盒 → "例如 +1 小盒 小的": the word was kept as a
note, although README says `我也要一份小的` picks 小盒. 小的 / 大的 / 小份 / 大份 name the option beginning
with 小 / 大 when only one does; with two such options it is asked, as before."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize(
    ("lang", "opening"),
    [
        ("zh", "接龙 水蜜桃 规格 大盒:68 小盒:39"),
        ("en", "/groupbuy Peaches options 大盒:68 小盒:39"),
    ],
)
@pytest.mark.parametrize(("typed", "option"), [("+1 小的", "小盒"), ("+1 大份", "大盒"), ("+2 大的", "大盒")])
async def test_a_size_said_in_chinese_names_its_option(
    lang: str, opening: str, typed: str, option: str
) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language=lang)
    await chat.say("amy", opening)

    said = chat.said(await chat.say("bob", typed))

    assert "例如" not in said and "e.g." not in said, said
    async with factory() as uow:
        lines = await uow.group_buys.lines_of(1, "bob")
    assert [(line.option, line.quantity, line.note) for line in lines] == [(option, int(typed[1]), "")]


async def test_a_size_two_options_begin_with_is_still_asked() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language="zh")
    await chat.say("amy", "接龙 水蜜桃 规格 大盒:68 大袋:50 小盒:39")

    said = chat.said(await chat.say("bob", "+1 大的"))

    assert "大盒" in said and "大袋" in said, said
    async with factory() as uow:
        assert await uow.group_buys.lines_of(1, "bob") == []

"""rep77 #3 (its one-line part): the organiser's `#接龙 土鸡蛋 45元/盒 明晚8点截单` got no reply at all. A
WeChat 接龙's `#接龙` header with an opening's terms on its one line opens as `接龙 …` does; a header with
no terms stays what it was."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def test_a_hashed_jielong_line_opens_as_jielong_does() -> None:
    factory = FakeUnitOfWorkFactory()
    chat, usual = fake_chat(factory), fake_chat()
    said = Chat.said(await chat.say("amy", "#接龙 土鸡蛋 45元/盒 明晚8点截单", name="王姐"))
    assert said == Chat.said(await usual.say("amy", "接龙 土鸡蛋 价格 45元/盒 截止 明晚8点", name="王姐"))
    assert said.startswith("团购 #1 开团了：土鸡蛋，¥45/盒。")
    assert factory.state.group_buys[1].terms.unit_price == 4500


async def test_a_hashed_jielong_line_with_a_bad_price_is_refused_not_silent() -> None:
    chat = fake_chat()
    said = Chat.said(await chat.say("amy", "#接龙 土鸡蛋 45元/盒 满10份打9折", name="王姐"))
    assert said.startswith("“满10份打9折”像是阶梯价")


async def test_a_hashed_header_without_terms_opens_nothing() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "#接龙 周末团购", name="王姐")
    assert not factory.state.group_buys

"""rep40 item 11: `延期 #6 明天晚上8点` got silence; only `/延期` got the "是想发 修改" hint. The bare word
before a group buy's number gets the same hint, nothing changed; `延期了吗` stays talk."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


@pytest.mark.parametrize("lang", ["zh", "en"])  # a Chinese word is answered in Chinese, as `/延期` is
async def test_a_bare_deadline_word_gets_the_edit_hint(lang: str) -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, clock=FakeClock(), default_language=lang)
    await chat.say("amy", "接龙 砂糖橘 价格 30 截止 明天12:00")

    assert (
        chat.said(await chat.say("amy", "延期 #1 明天晚上8点"))
        == "改截止时间请用 修改，没有任何改动。是想发“修改 #1 截止 明天晚上8点”吗？"
    )
    assert chat.said(await chat.say("amy", "延长#1 2天")).endswith("是想发“修改 #1 截止 2天”吗？")
    assert await chat.say("bob", "延期了吗") == []
    async with factory() as uow:
        found = await uow.group_buys.get(1)
    assert found is not None and found.deadline.day == 24  # still tomorrow 12:00

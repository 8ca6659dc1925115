"""Review 97 #12: Amy's `佣金 abc` (one group buy open) got no reply at all, while `佣金 #2 abc` got the
form. A rate mistyped as one Latin word after 佣金 is answered with the form, nothing changed (review 99
#12: the word named first, and that nothing changed)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat

FORM = "佣金请写 0 到 50 之间的百分比，例如：佣金 5%，或 佣金 #1 2.5%（0 为关闭）。"


async def test_a_rate_typed_as_a_word_gets_the_form_and_changes_nothing() -> None:
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("amy", "接龙 芒果 价格 50 库存 30")

    assert room.said(await room.say("amy", "佣金 abc")) == "“abc”不是分享佣金比例，没有任何改动。" + FORM
    assert room.said(await room.say("amy", "佣金")) == "#1 的分享佣金是 0%。修改：佣金 5%（0 为关闭）。"
    assert [r.text for r in await room.say("bob", "佣金 怎么算") if r.text] == []  # talk stays talk

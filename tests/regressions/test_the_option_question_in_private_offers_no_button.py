"""Session 10: the option question (多规格) in a private chat said "或点对应的跟团按钮" (or tap its Join
button), but a private chat shows no button there. In private that part is left out; in the group it
stays, and the option's name alone still answers the question."""

from __future__ import annotations

import re

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _opened() -> Chat:
    room = fake_chat(FakeUnitOfWorkFactory())
    await room.say("amy", "接龙 月饼 规格 小盒:58,大盒:88 成团 5")
    found = re.search(r"团\d+-\w{4}", room.shared(await room.say("bob", "分享")))
    assert found is not None
    await room.say("lili", found.group(0), private=True)
    return room


async def test_the_option_question_in_private_offers_no_button() -> None:
    room = await _opened()

    asked = room.said(await room.say("lili", "+1", private=True))

    assert asked == "月饼（#1）要哪个规格？小盒 ¥58 / 大盒 ¥88。跟团时带上规格，例如 +1 大盒。"
    joined = room.said(await room.say("lili", "小盒", private=True))
    assert joined.startswith("你已跟团：1 × 月饼 小盒（#1）")


async def test_the_option_question_in_the_group_still_offers_the_button() -> None:
    room = await _opened()

    asked = room.said(await room.say("cat", "+1"))

    assert asked.endswith("或点对应的跟团按钮。")

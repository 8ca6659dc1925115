"""Session 29's replay (rep53 #10): `@zhang +1` listed "Chen 帮 zhang" beside "Ma 帮 Zhang", the mention as
typed; `@Wang +1` naming the organiser silently became the sender's own line. A mention now shows the
member as the chat knows her (Zhang), and a mention of the organiser says in the answer that the line is
the sender's own and how to join for someone else (README: `+1 @Amy` to the organiser is her own)."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def _lines(factory: FakeUnitOfWorkFactory) -> list[tuple[str, str, int]]:
    held = [line for lines in factory.state.lines.values() for line in lines.values()]
    return sorted((line.user_id, line.friend, line.quantity) for line in held)


async def test_a_mention_in_lower_case_is_listed_with_the_members_name() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("wang", "接龙 鲜牛奶 价格 45", name="Wang")
    await chat.say("zhang", "+1", name="Zhang")

    said = Chat.said(await chat.say("chen", "@zhang +1", name="Chen"))

    assert said == "Chen 帮 Zhang 跟团：1 × 鲜牛奶（#1）。当前 ¥45/份。"
    assert _lines(factory) == [("chen", "Zhang", 1), ("zhang", "", 1)]


async def test_in_chinese_a_mention_of_the_organiser_says_the_line_is_her_own() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("wang", "接龙 鲜牛奶 价格 45", name="Wang")

    said = Chat.said(await chat.say("chen", "@wang +1", name="Chen"))

    assert said == (
        "Chen 跟团：1 × 鲜牛奶（#1）。"
        "@Wang 是团长，这份记在你自己名下；要帮别人报，请写 +1 帮 名字。当前 ¥45/份。"
    )
    assert _lines(factory) == [("chen", "", 1)]


async def test_in_english_a_mention_of_the_organiser_says_the_line_is_her_own() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory, default_language="en")
    await chat.say("lisa", "/lang en", name="Lisa")
    await chat.say("lisa", "/groupbuy Bread price 5 ends 3d", name="Lisa")

    said = Chat.said(await chat.say("cat", "+1 @Lisa", name="Cat"))

    assert said == (
        "Cat is in: 1 × Bread (#1). @Lisa is the organiser, so this is your own line; "
        "to join for someone else, send +1 for their name. Now ¥5 each."
    )
    assert _lines(factory) == [("cat", "", 1)]

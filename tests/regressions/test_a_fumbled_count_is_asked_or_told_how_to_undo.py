"""rep31 finding 6: `+1０` (a fumbled `+1`, one digit half-width, one full-width) joined 10 more,
"又加 10 份，现在共 20 × 大葱 1捆" on a ¥5 buy, with nothing to say it might be a slip. A count of
mixed-width digits is now asked (1 or 10?), nothing joined; a join of 10 or more that at least doubles
her line says how to go back."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


def _held(factory: FakeUnitOfWorkFactory, user: str) -> int:
    return sum(line.quantity for line in factory.state.lines.get(1, {}).values() if line.user_id == user)


async def test_a_mixed_width_count_is_asked_and_a_big_jump_says_its_undo_in_chinese() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("amy", "接龙 大葱 1捆 价格 5 截止 2小时")
    await chat.say("hu", "+１０")

    said = chat.said(await chat.say("hu", "+1０"))
    assert said == "“+1０”里的数字有半角也有全角，没有任何改动。要 1 份就发 +1，要 10 份就发 +10。"
    assert _held(factory, "hu") == 10
    said = chat.said(await chat.say("hu", "+10"))
    assert said == "Hu 跟团：又加 10 份，现在共 20 × 大葱 1捆（#1）。当前 ¥5/份。打错了就发 改成10份。"
    assert chat.said(await chat.say("hu", "改成10份")) == "Hu 现在是 10 × 大葱 1捆（#1）。当前 ¥5/份。"
    assert _held(factory, "hu") == 10


async def test_a_mixed_width_count_is_asked_and_a_big_jump_says_its_undo_in_english() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = fake_chat(factory)
    await chat.say("zoe", "/lang en")
    await chat.say("zoe", "/groupbuy Kaya price 5")
    await chat.say("ian", "+10")

    said = chat.said(await chat.say("ian", "+1０ #1"))
    assert said == (
        "“+1０ #1” mixes two kinds of digits, so I can’t tell 1 from 10: nothing was changed. "
        "For 1 send +1 #1; for 10 send +10 #1."
    )
    said = chat.said(await chat.say("ian", "+10"))
    assert (
        said
        == "Ian is in: 10 more, now 20 × Kaya in all (#1). Now ¥5 each. A typo? Send “make it 10” to go back."
    )
    assert _held(factory, "ian") == 20

"""Session 40 (s39 closing, "Pastes and joins"): `豆沙 2 咸蛋黄 3` on a buy with options 豆沙 / 咸蛋黄
joined 2 豆沙 with the note "咸蛋黄 3": the 咸蛋黄 never ordered. Two options, each with its count, in one
message now join nothing and get the two joins to send one by one, as `+2 豆沙 +3 咸蛋黄` does.
Session 41: both are joined, in one unit of work (tests/regressions/
test_two_options_in_one_message_join_both_or_neither.py)."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


async def _mooncakes() -> Chat:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 规格 豆沙:8,咸蛋黄:9")
    return chat


@pytest.mark.parametrize("typed", ["豆沙 2 咸蛋黄 3", "豆沙2 咸蛋黄3", "豆沙 2份 咸蛋黄 3份"])
async def test_two_options_each_with_its_count_join_each(typed: str) -> None:
    chat = await _mooncakes()

    reply = chat.said(await chat.say("kay", typed))

    assert "Kay 跟团：2 × 月饼 豆沙（#1）" in reply and "Kay 跟团：3 × 月饼 咸蛋黄（#1）" in reply, reply
    card = await chat.card()
    assert "1. Kay 豆沙 ×2" in card and "2. Kay 咸蛋黄 ×3" in card and "备注" not in reply, card


async def test_a_name_count_and_address_still_joins_with_the_note() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("wang", "接龙 月饼 价格 10")

    reply = chat.said(await chat.say("cat", "吴姐 +1 9号楼"))

    assert "跟团：1 × 月饼（#1）。备注：9号楼。" in reply
    assert "1. 吴姐 ×1 · 9号楼" in await chat.card()

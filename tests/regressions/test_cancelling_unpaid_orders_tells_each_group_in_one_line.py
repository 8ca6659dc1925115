"""Review 82 #4: `/cancelunpaid 1 confirm` sent by the organiser in private cancelled the unpaid orders
(buyers and help-sellers told privately) but posted nothing in any group, only silent card edits. Now the
group buy's own group and each group whose orders were cancelled (帮卖) read one line in their language:
how many and what it frees, no names and no money. Typed in a group, that group reads the answer and the
others the line."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat

LINE = {
    "en": "2 unpaid orders of Bread (#1) were cancelled, freeing 3 units.",
    "zh": "Bread（#1）的 2 个未付款订单已取消，空出 3 份。",
}


async def sold(lang: str) -> Chat:
    """Amy's bread #1 (¥10), Bob help-selling it in `street` (Ivy +2 there), Cat +1 in Amy's group; closed
    30 hours ago, nobody paid."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id, street.title = family.app, "street", "楼下群"
    family.admins, street.admins = {"amy"}, {"bob"}
    await family.say("amy", f"/lang {lang}")
    await street.say("bob", f"/lang {lang}")
    await family.say("amy", "/groupbuy Bread price 10")
    await family.say("amy", "/helpsell on 10%")
    await family.say("cat", "+1")
    await street.say("bob", "/helpsell #1")
    await street.say("ivy", "+2")
    await family.say("amy", "/close")
    clock.advance(hours=30)
    return family


def posted(replies: Sequence[Reply]) -> dict[str | None, list[str]]:
    """What each chat read (None: the chat it was typed in), cards and private messages left out."""
    out: dict[str | None, list[str]] = {}
    for reply in replies:
        if reply.text and not reply.private_to and not reply.is_card:
            out.setdefault(reply.chat_id, []).append(reply.text)
    return out


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_confirmed_in_private_each_group_reads_one_line(lang: str) -> None:
    family = await sold(lang)

    replies = await family.say("amy", "/cancelunpaid 1 confirm", private=True)

    said = posted(replies)
    assert said["family"] == [LINE[lang]]
    assert said["street"] == [LINE[lang]]
    assert "Cat" in said[None][0] and "Ivy" in said[None][0]  # her own answer names them, privately
    assert set(said) == {None, "family", "street"}


@pytest.mark.parametrize("lang", ["en", "zh"])
async def test_confirmed_in_her_group_the_other_group_reads_the_line(lang: str) -> None:
    family = await sold(lang)

    replies = await family.say("amy", "/cancelunpaid 1 confirm")

    said = posted(replies)
    assert said["street"] == [LINE[lang]]
    assert set(said) == {None, "street"}  # her group read the answer itself, once
    assert "Ivy" not in said[None][0] and "Cat" not in said[None][0]

"""Session 10: nobody could take a help-sold buyer (帮卖: joined in another group) off the list: the
organiser's `踢出 #1 Ivy`, in her group or in private, answered "no one called Ivy". She now finds the
buyer by the name on that group buy's lists; the group Ivy joined in is told (her own group never reads
that group's buyers' names), and the help-seller is still refused."""

from __future__ import annotations

from commerce.domain.listings import card_key
from handlers.types import Reply
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat


async def _help_sold() -> tuple[Chat, Chat]:
    family, street = await help_sold(
        "接龙 面包 价格 10", chat_id="street", title=None, before_listing=[("cat", "+1")]
    )
    await street.say("ivy", "+1")
    return family, street


def _texts(replies: list[Reply]) -> list[tuple[str | None, str | None]]:
    return [(r.chat_id, r.private_to) for r in replies if r.text]


async def test_the_organiser_removes_a_help_sold_buyer_by_name_in_her_group() -> None:
    family, street = await _help_sold()

    replies = await family.say("amy", "踢出 #1 Ivy")

    where = _texts(replies)
    assert ("street", None) in where  # the group Ivy joined in reads it
    assert all(chat != "family" or private for chat, private in where)  # never named in Amy's group
    assert any(r.private_to == "ivy" for r in replies if r.text)
    assert "Ivy" not in await street.card(card_key(1))


async def test_the_organiser_removes_a_help_sold_buyer_by_name_in_private() -> None:
    family, street = await _help_sold()

    replies = await family.say("amy", "/remove #1 @Ivy", private=True)

    assert ("street", None) in _texts(replies)
    assert "Ivy" not in await street.card(card_key(1))


async def test_the_help_seller_still_cannot_remove_a_buyer() -> None:
    _, street = await _help_sold()

    said = street.said(await street.say("bob", "踢出 #1 Ivy"))

    assert said == "只有团长（Amy）可以这样做，没有任何改动。"
    assert "Ivy" in await street.card(card_key(1))

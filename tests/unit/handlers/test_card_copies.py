"""The private copies of a card a change refreshes (handlers.card_copies): the last `MAX_COPIES` opened or
tapped, each once; none where a copy cannot be edited (WeChat) or nothing is kept."""

from __future__ import annotations

from datetime import UTC, datetime

from commerce.state import KeyValues
from handlers import card_copies
from handlers.types import Reply
from storage.state_memory import MemorySharedState

NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)


async def opened(
    values: KeyValues | None, member: str, *, platform: str = "telegram", group_buy_id: int = 1
) -> int | None:
    return await card_copies.remember(
        values,
        platform=platform,
        member=member,
        chat=member,
        group_buy_id=group_buy_id,
        listing_id=None,
        language="en",
        now=NOW,
    )


async def test_a_change_refreshes_the_last_copies_opened_each_once() -> None:
    values = MemorySharedState().values
    keys = [await opened(values, f"m{i}") for i in range(card_copies.MAX_COPIES + 2)]
    assert await opened(values, "m0") == keys[0]  # opened again: the same copy, now the newest
    await card_copies.touch(
        values, platform="telegram", member="m5", group_buy_id=1, listing_id=None, now=NOW
    )
    replies = await card_copies.refreshed(
        values, [Reply(card_of=1, chat_id="family")], platform="telegram", now=NOW
    )
    refreshed = [(r.card_of, r.chat_id, r.refresh) for r in replies[1:]]
    assert len(refreshed) == card_copies.MAX_COPIES
    assert refreshed[0] == (keys[5], "m5", True) and refreshed[1] == (keys[0], "m0", True)
    assert keys[1] not in {key for key, _, _ in refreshed}  # the oldest fell out
    copy = await card_copies.copy_of(values, keys[3] or 0)
    assert copy is not None and (copy.member, copy.group_buy_id, copy.listing_id) == ("m3", 1, None)


async def test_no_copy_is_kept_where_it_cannot_be_edited() -> None:
    values = MemorySharedState().values
    assert await opened(values, "eve", platform="wechat") is None
    assert await opened(None, "eve") is None
    card = [Reply(card_of=1, chat_id="family")]
    assert await card_copies.refreshed(values, card, platform="wechat", now=NOW) == card
    await opened(values, "eve", group_buy_id=2)
    assert await card_copies.refreshed(values, card, platform="telegram", now=NOW) == card  # another's copy

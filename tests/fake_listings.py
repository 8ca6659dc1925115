"""In-memory `commerce.ports.ListingRepository` over `tests.fakes.MemoryState`."""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from commerce.domain.group_buy import GroupBuyStatus, Participant
from commerce.domain.listings import Listing

if TYPE_CHECKING:
    from tests.fakes import MemoryState


class FakeListings:
    def __init__(self, state: MemoryState) -> None:
        self.s = state

    async def add(self, listing: Listing) -> Listing | None:
        if await self.in_chat(listing.group_buy_id, listing.chat_id) is not None:
            return None
        stored = replace(listing, id=len(self.s.listings) + 1)
        self.s.listings.append(stored)
        self.s.group_buys[listing.group_buy_id].listings += 1
        return stored

    async def get(self, listing_id: int) -> Listing | None:
        return next((found for found in self.s.listings if found.id == listing_id), None)

    async def take_over(self, listing: Listing, *, organiser_id: str) -> bool:
        for index, found in enumerate(self.s.listings):
            if found.id == listing.id and found.seller_id == organiser_id:
                self.s.listings[index] = listing
                return True
        return False

    async def in_chat(self, group_buy_id: int, chat_id: str) -> Listing | None:
        listed = (found for found in self.s.listings if found.group_buy_id == group_buy_id)
        return next((found for found in listed if found.chat_id == chat_id), None)

    async def open_of_seller(self, seller_id: str, *, limit: int) -> list[Listing]:
        found = [
            listing
            for listing in self.s.listings
            if listing.seller_id == seller_id
            and (group_buy := self.s.group_buys.get(listing.group_buy_id)) is not None
            and group_buy.status is GroupBuyStatus.OPEN
            and group_buy.organiser_id != seller_id
        ]
        return sorted(found, key=lambda listing: (-listing.group_buy_id, listing.id or 0))[:limit]

    async def help_sold_by(self, seller_id: str) -> bool:
        return any(
            listing.seller_id == seller_id
            and (group_buy := self.s.group_buys.get(listing.group_buy_id)) is not None
            and group_buy.organiser_id != seller_id
            for listing in self.s.listings
        )

    async def listed_in(self, chat_id: str, *, limit: int) -> list[Listing]:
        found = [listing for listing in self.s.listings if listing.chat_id == chat_id]
        return sorted(found, key=lambda listing: listing.group_buy_id, reverse=True)[:limit]

    async def of_group_buy(self, group_buy_id: int) -> list[Listing]:
        return [found for found in self.s.listings if found.group_buy_id == group_buy_id]

    async def lines(
        self, group_buy_id: int, listing_id: int | None, *, limit: int | None
    ) -> list[Participant]:
        lines = self.s.lines.get(group_buy_id, {}).values()
        found = [copy.copy(p) for p in lines if p.quantity > 0 and p.listing_id == listing_id]
        return found if limit is None else found[:limit]

    async def count_lines(self, group_buy_id: int, listing_id: int | None) -> int:
        return len(await self.lines(group_buy_id, listing_id, limit=None))

    async def count_units(self, group_buy_id: int, listing_id: int | None) -> int:
        return sum(line.quantity for line in await self.lines(group_buy_id, listing_id, limit=None))

    async def count_buyers(self, group_buy_id: int, listing_id: int | None) -> int:
        return len({line.user_id for line in await self.lines(group_buy_id, listing_id, limit=None)})

    async def set_help_sell_rate(self, group_buy_id: int, rate_bp: int) -> None:
        self.s.group_buys[group_buy_id].help_sell_rate_bp = rate_bp

    async def set_pickup(self, listing_id: int, *, pickup: str, pickup_at: datetime | None) -> None:
        for index, found in enumerate(self.s.listings):
            if found.id == listing_id:
                if found.pickup_at != pickup_at:  # like storage: a changed time is reminded anew
                    self.s.reminders.listing_pickup_reminded_at.pop(listing_id, None)
                self.s.listings[index] = replace(found, pickup=pickup, pickup_at=pickup_at)

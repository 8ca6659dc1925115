"""Sharing: a member's link to a group buy, and the visits it brings (what referrals will be paid on)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class ShareVisit:
    """Someone opened a group buy through a member's link. Self-visits are not recorded."""

    group_buy_id: int
    sharer_id: str
    visitor_id: str
    at: datetime

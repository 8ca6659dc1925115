"""Share codes: a member's short code to a group buy where a platform has no deep links (WeChat, the
playground): `团12-K7QM` is group buy 12 as shared by one member.

The four characters after the dash are derived from an HMAC of the group buy and the member with the
app's secret (`commerce.domain.sharing`'s, a purpose of its own), in an alphabet without look-alikes
(no 0/O, 1/I/L): easy to read out and type, case-insensitive. Nobody can compute another
member's code without the secret, and a code is only ever looked up among those the bot gave (the
`share_codes` table, which maps it back to its member): a code typed at random names nobody (about one
chance in 923,521 per member sharing that group buy, and typing is rate-limited). Two members whose
codes would collide in one group buy are told apart by a counter in what is signed (`attempt`).

帮卖: a member's share made in a chat that lists the group buy (commerce.domain.listings) is a code of
its own, bound to that listing: the card it opens is that chat's, and the joins made from it are that
chat's lines (its help-seller's sale). It is kept under the member and the listing (`holder`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # 31 characters: no 0 O 1 I L
CODE_CHARS = 4
MAX_ATTEMPTS = 8
PREFIX = "团"
_LISTED = "\x1f"  # between the member and the listing in a code's holder (`holder`, `held_by`)
# `团12-K7QM`, `团 12 - k7qm`: the number as group buy numbers are read (at most 12 digits)
_CODE = re.compile(
    rf"{PREFIX}\s*(?P<id>[1-9]\d{{0,11}})\s*-\s*(?P<code>[A-Za-z0-9]{{{CODE_CHARS}}})(?![A-Za-z0-9])"
)
# `12-K7QM`: the code typed without 团 (an English keyboard has none), as it is shown (upper case) and
# with a letter in it, so an order number (`12-3456`) or a word (`2-days`) is never read as one
_BARE = re.compile(
    rf"(?<![\w#/.\-])(?P<id>[1-9]\d{{0,11}})-(?P<code>(?=[{ALPHABET}]*[A-Z])[{ALPHABET}]{{{CODE_CHARS}}})(?![\w\-])"
)
# `7-evgj`: as `_BARE` in any case (a phone types lower case), read only where no word is meant (`find`)
_BARE_ANY_CASE = re.compile(_BARE.pattern, re.IGNORECASE)


@dataclass(frozen=True)
class ShareCode:
    group_buy_id: int
    code: str  # upper case, `CODE_CHARS` of `ALPHABET` when it is one the bot gives

    @property
    def label(self) -> str:
        """As people see and type it: `团12-K7QM`."""
        return f"{PREFIX}{self.group_buy_id}-{self.code}"

    @property
    def plain(self) -> str:
        """Without 团, for a keyboard that has none (`12-K7QM`): read back as the code too (`find`)."""
        return f"{self.group_buy_id}-{self.code}"


def derive(
    group_buy_id: int, member_id: str, secret: str, *, attempt: int = 0, listing_id: int | None = None
) -> ShareCode:
    """The code of `member_id` for a group buy (`attempt` > 0 only when an earlier one was taken); with
    `listing_id`, their code made in the chat of that listing (帮卖)."""
    if not secret:
        raise ValueError("the signing secret is empty")
    signed = f"share-code:{group_buy_id}:{member_id}:{attempt}"
    if listing_id is not None:
        signed += f":listing:{listing_id}"
    message = signed.encode(errors="surrogatepass")
    number = int.from_bytes(hmac.new(secret.encode(), message, hashlib.sha256).digest()[:8], "big")
    chars = []
    for _ in range(CODE_CHARS):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return ShareCode(group_buy_id, "".join(chars))


def holder(member_id: str, listing_id: int | None) -> str:
    """Whose code it is, as kept with it: the member, or the member and the listing (帮卖) whose chat
    they shared it in, so one member has a code per place they share a group buy from."""
    return member_id if listing_id is None else f"{member_id}{_LISTED}{listing_id}"


def held_by(held: str) -> tuple[str, int | None]:
    """(the member, the listing or None) of a code's holder (`holder`)."""
    member, mark, listing = held.rpartition(_LISTED)
    if mark and member and listing.isascii() and listing.isdigit():
        return member, int(listing)
    return held, None


def find(text: str, *, any_case: bool = False) -> tuple[ShareCode, str] | None:
    """The first code in `text` (`团12-K7QM`, else `12-K7QM`: `_BARE`) and the text without it (spaces
    collapsed); None when it has none. `any_case`: `12-k7qm` too (a private chat, where `+1 2-days` is
    no talk to a group anyway); elsewhere lower case without 团 is a word (`+1 6-pack`), unless a group
    finds it among the codes given there (`handlers.referrals.code_in_note`)."""
    normalized = unicodedata.normalize("NFKC", text).replace("－", "-").replace("—", "-").replace("–", "-")
    match = _CODE.search(normalized) or (_BARE_ANY_CASE if any_case else _BARE).search(normalized)
    if match is None:
        return None
    rest = " ".join((normalized[: match.start()] + " " + normalized[match.end() :]).split())
    return ShareCode(int(match.group("id")), match.group("code").upper()), rest

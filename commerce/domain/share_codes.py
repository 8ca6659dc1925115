"""Share codes: a member's short code to a group buy where a platform has no deep links (WeChat, the
playground): `团12-K7QM` is group buy 12 as shared by one member.

The four characters after the dash are derived from an HMAC of the group buy and the member with the
app's secret (`commerce.domain.sharing`'s, a purpose of its own), in an alphabet without look-alikes
(no 0/O, 1/I/L): easy to read out and type, case-insensitive. Nobody can compute another
member's code without the secret, and a code is only ever looked up among those the bot gave (the
`share_codes` table, which maps it back to its member): a code typed at random names nobody (about one
chance in 923,521 per member sharing that group buy, and typing is rate-limited). Two members whose
codes would collide in one group buy are told apart by a counter in what is signed (`attempt`).
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
# `团12-K7QM`, `团 12 - k7qm`: the number as group buy numbers are read (at most 12 digits)
_CODE = re.compile(
    rf"{PREFIX}\s*(?P<id>[1-9]\d{{0,11}})\s*-\s*(?P<code>[A-Za-z0-9]{{{CODE_CHARS}}})(?![A-Za-z0-9])"
)


@dataclass(frozen=True)
class ShareCode:
    group_buy_id: int
    code: str  # upper case, `CODE_CHARS` of `ALPHABET` when it is one the bot gives

    @property
    def label(self) -> str:
        """As people see and type it: `团12-K7QM`."""
        return f"{PREFIX}{self.group_buy_id}-{self.code}"


def derive(group_buy_id: int, member_id: str, secret: str, *, attempt: int = 0) -> ShareCode:
    """The code of `member_id` for a group buy (`attempt` > 0 only when an earlier one was taken)."""
    if not secret:
        raise ValueError("the signing secret is empty")
    message = f"share-code:{group_buy_id}:{member_id}:{attempt}".encode(errors="surrogatepass")
    number = int.from_bytes(hmac.new(secret.encode(), message, hashlib.sha256).digest()[:8], "big")
    chars = []
    for _ in range(CODE_CHARS):
        number, index = divmod(number, len(ALPHABET))
        chars.append(ALPHABET[index])
    return ShareCode(group_buy_id, "".join(chars))


def find(text: str) -> tuple[ShareCode, str] | None:
    """The first code in `text` and the text without it (spaces collapsed); None when it has none."""
    normalized = unicodedata.normalize("NFKC", text).replace("－", "-").replace("—", "-").replace("–", "-")
    match = _CODE.search(normalized)
    if match is None:
        return None
    rest = " ".join((normalized[: match.start()] + " " + normalized[match.end() :]).split())
    return ShareCode(int(match.group("id")), match.group("code").upper()), rest

"""A payout (提现): a member's request to be paid their available commission, decided by an admin.

States move only through `PAYOUT_TRANSITIONS`: requested -> approved -> paid, or requested -> rejected
(an approved payout may still be rejected before it is paid). A member has at most one open payout
(requested or approved) at a time: storage holds that with a unique index, so two requests at once
cannot both take the same available balance. The money moves in the ledger (`commerce.domain.ledger`
payout_* transactions, keyed `payout:<id>:...`), never in this record. Standard library only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from commerce.domain.transitions import StatusChange, TransitionTable

# How a payout is paid, by the word a member types before the account (`提现 微信 wes888`)
METHODS = {
    "微信": "wechat",
    "wechat": "wechat",
    "weixin": "wechat",
    "支付宝": "alipay",
    "alipay": "alipay",
    "银行卡": "bank",
    "bank": "bank",
    "paynow": "paynow",  # Singapore's, to a phone or UEN (`paynow 91234567`)
}

# Paid out anywhere; PayNow (Singapore's) only in an SGD shop, as the form offers it (README: 提现)
_OFFERED_EVERYWHERE = frozenset({"wechat", "alipay", "bank"})
# Ways to be paid that members name but Tuan does not pay commission to (`withdraw 50 paypal mia@x.com`):
# refused naming those it does, never read as an amount (rep69 #3); each by its proper name
NOT_PAYOUT_METHODS = {
    "paypal": "PayPal",
    "venmo": "Venmo",
    "zelle": "Zelle",
    "revolut": "Revolut",
    "wise": "Wise",
    "paylah": "PayLah",
    "grabpay": "GrabPay",
    "payme": "PayMe",
    "cashapp": "Cash App",
}


def offered(method: str, currency: str) -> bool:
    """Whether commission is paid out by `method` (`wechat`, `paynow`) in a shop of `currency`: WeChat,
    Alipay and bank in any; PayNow in an SGD shop only (rep69 #4)."""
    return method in _OFFERED_EVERYWHERE or (method == "paynow" and currency.upper() == "SGD")


def method_of(destination: str) -> str:
    """`微信 wes888` -> `wechat`, `Alipay a@b.cn` -> `alipay`; '' when it names no method."""
    words = destination.split(maxsplit=1)
    return METHODS.get(words[0].lower(), "") if words else ""


def same_destination(one: str, other: str) -> bool:
    """`wechat wes888` and `微信 wes888`, `银行卡 6222 0000` and `bank 62220000`: one account, named in
    either language, its spaces aside."""
    if not one or not other:
        return one == other
    account = ["".join(d.split()[1:]) for d in (one, other)]
    return method_of(one) == method_of(other) and account[0] == account[1]


def masked(destination: str) -> tuple[str, str]:
    """Where a payout went, as told once it is paid: its method (`wechat`, '' when none is named) and its
    account's last characters, the rest hidden: `paynow 91234567` -> (`paynow`, `···4567`), `微信 wes888`
    -> (`wechat`, `···888`): at most 4, at most half of the account (spaces aside)."""
    method = method_of(destination)
    account = "".join(destination.split()[1:] if method else destination.split())
    return method, "···" + account[len(account) - min(4, len(account) // 2) :]


class PayoutStatus(StrEnum):
    REQUESTED = "requested"
    APPROVED = "approved"
    PAID = "paid"
    REJECTED = "rejected"


OPEN_STATUSES = frozenset({PayoutStatus.REQUESTED, PayoutStatus.APPROVED})

PAYOUT_TRANSITIONS: TransitionTable[PayoutStatus] = TransitionTable(
    "payout",
    {
        (PayoutStatus.REQUESTED, "approve"): PayoutStatus.APPROVED,
        (PayoutStatus.REQUESTED, "reject"): PayoutStatus.REJECTED,
        (PayoutStatus.APPROVED, "pay"): PayoutStatus.PAID,
        (PayoutStatus.APPROVED, "reject"): PayoutStatus.REJECTED,
    },
)


@dataclass
class Payout:
    id: int | None
    member: str
    member_name: str
    currency: str
    amount: int
    requested_at: datetime
    status: PayoutStatus = PayoutStatus.REQUESTED
    updated_at: datetime | None = None
    history: list[StatusChange[PayoutStatus]] = field(default_factory=list)
    destination: str = ""  # where to pay, as the member named it (`微信 wes888`, `alipay a@b.cn`)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def move(self, action: str, *, actor: str, now: datetime) -> StatusChange[PayoutStatus]:
        """Take `action` (approve, pay, reject); anything the table does not list is refused."""
        change = PAYOUT_TRANSITIONS.move(self.status, action, actor=actor, at=now)
        self.status = change.to_status
        self.updated_at = now
        self.history.append(change)
        return change

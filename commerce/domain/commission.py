"""Commission rules (分享赚 / 帮卖): who earns what on one paid order, and nothing more.

A group buy's organiser sets two rates (`CommissionRates`): one for the member whose link brought the
buyer (the sharer) and one for the organiser of the help-sell listing the order was made in (the
help-seller). That is the whole structure: one sharer slot and one help-seller slot per order, each for a
direct sale, each by where the order's lines were made: a buyer with lines in two groups earns the
help-seller on the lines made in her group only (`Sale.help_sold`), and a sharer who is that help-seller
on the rest (each line once). There is no list of levels, no "upline", and `commission()` takes no
chain of who brought whom to pay anyone along it, so multi-level commission (团队计酬, illegal in China:
禁止传销条例 art. 7) cannot be expressed in settings or computed. Earlier referrals (`Referral`) are an
input only to refuse a loop.

Nothing is earned (`NoEarning` says why) for:
- an order not paid (pending, cancelled, refunded) or paid nothing;
- yourself: the sharer is the buyer; the help-seller is the buyer (a listing's organiser buying in it);
  the sharer is the listing's organiser sharing their own listing to the buyer (they earn once, as the
  help-seller);
- the organiser's own group buy: the organiser as sharer or as help-seller of it (pointless money from
  the organiser to the organiser);
- the organiser's own order in her group buy: she is the seller, nobody brought her a sale (a member's
  link she opened, a listing she joined in earns its sharer or help-seller nothing);
- a loop: A brought B earlier (B joined through A's link before A joined through B's), and B's link
  brings A back: B earns nothing on A, A keeps what A earns on B;
- a rate of 0.

Rounding: each commission is `paid × rate / 10,000` rounded down to a whole minor unit, so it is never
more than its rate; the organiser keeps the remainder. The parts (`Commission.parts`) therefore always
add up to what the split is computed on (`Commission.base`: the paid amount of a paid order, else 0)
exactly, none is negative, and the commissions never exceed it. Standard library only.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from commerce.domain.errors import DomainError
from commerce.domain.money import exponent
from commerce.domain.order import OrderStatus

BASIS_POINTS = 10_000  # 100%
MAX_RATE_BP = 5_000  # one rate is at most 50% of the paid amount: the organiser keeps the rest
EARNING_STATUSES = frozenset({OrderStatus.PAID, OrderStatus.FULFILLED})


def percent(bp: int) -> str:
    """`500` -> `5%`, `250` -> `2.5%`: a rate as people write it."""
    whole, rest = divmod(abs(bp), 100)
    sign = "-" if bp < 0 else ""
    return f"{sign}{whole}%" if rest == 0 else f"{sign}{whole}.{rest:02d}".rstrip("0") + "%"


@dataclass(frozen=True)
class CommissionRates:
    """A group buy's rates in basis points (1 bp = 0.01%): `sharer_bp` for the sharer, `help_sell_bp`
    for a help-seller. Each from 0 to `MAX_RATE_BP`; anything else is refused with
    `commission_rate_invalid`. Exactly two fields, by design: there is no level below them."""

    sharer_bp: int = 0
    help_sell_bp: int = 0

    def __post_init__(self) -> None:
        for rate in (self.sharer_bp, self.help_sell_bp):
            if isinstance(rate, bool) or not isinstance(rate, int) or not 0 <= rate <= MAX_RATE_BP:
                shown = percent(rate) if isinstance(rate, int) and not isinstance(rate, bool) else str(rate)
                raise DomainError("commission_rate_invalid", rate=shown, max=percent(MAX_RATE_BP))


NO_COMMISSION = CommissionRates()


@dataclass(frozen=True)
class Referral:
    """Earlier, `referrer`'s link brought `referred` (an attribution locked when their order was paid).
    The caller chooses the scope (any group buy is the safest); it only ever refuses a loop."""

    referrer: str
    referred: str


@dataclass(frozen=True)
class Sale:
    """The facts of one order the rules need. `paid` is what the order's payments net to (minor units of
    `currency`); `sharer` the member the order is attributed to (None: no link); `help_seller` the
    organiser of the help-sell listing it was made in (None: the group buy's own chat)."""

    order_id: int
    group_buy_id: int
    buyer: str
    organiser: str
    currency: str
    paid: int
    status: OrderStatus
    sharer: str | None = None
    help_seller: str | None = None
    # Per line (帮卖): of the order's `total`, what its lines made in the help-seller's listing come to
    # (None: all of it). A buyer's line made elsewhere (her first group, a share code in private) is in
    # the same order but earns the help-seller nothing; the sharer's own listing earns her there as the
    # help-seller, elsewhere as the sharer.
    help_sold: int | None = None
    total: int = 0

    def __post_init__(self) -> None:
        exponent(self.currency)  # an unknown currency is refused, not guessed


class Role(StrEnum):
    SHARER = "sharer"
    HELP_SELLER = "help_seller"


class NoEarning(StrEnum):
    """Why a sharer or help-seller of the order earns nothing."""

    NOT_PAID = "not_paid"  # pending, cancelled, refunded, or nothing paid
    SELF = "self"  # the buyer themselves
    OWN_LISTING_SHARED = "own_listing_shared"  # the listing's organiser shared it: paid once, as help-seller
    ORGANISER = "organiser"  # the group buy's own organiser
    ORGANISERS_ORDER = "organisers_order"  # the organiser bought in her own group buy: no sale brought
    LOOP = "loop"  # the buyer brought this sharer earlier
    NO_RATE = "no_rate"  # the rate is 0
    TOO_SMALL = "too_small"  # the rate of this amount is less than one minor unit


@dataclass(frozen=True)
class Share:
    """What one member earns on the order, in its role."""

    member: str
    role: Role
    amount: int


@dataclass(frozen=True)
class Commission:
    """The split of one sale. `base` is what it is computed on: the paid amount of a paid or picked-up
    order, 0 for any other; `organiser_keeps` + the shares == `base`, exactly."""

    sale: Sale
    rates: CommissionRates
    base: int
    shares: tuple[Share, ...]
    refused: Mapping[Role, NoEarning] = field(default_factory=dict)

    @property
    def organiser_keeps(self) -> int:
        return self.base - self.total

    @property
    def total(self) -> int:
        """What the order earns in all (what a refund claws back)."""
        return sum(share.amount for share in self.shares)

    def share(self, role: Role) -> Share | None:
        return next((s for s in self.shares if s.role is role), None)

    @property
    def parts(self) -> list[tuple[str, int]]:
        """(member, amount) of the organiser and every earner: they add up to `base`."""
        return [(self.sale.organiser, self.organiser_keeps), *((s.member, s.amount) for s in self.shares)]


def by_role(split: Commission, member: str, amount: int) -> tuple[tuple[Role, int], ...]:
    """`amount` of `member`'s commission on the order (what a refund or an undone payment takes back) by
    the role she earns it in: a help-seller who is also the order's sharer earns in both, per line, and
    is told each part, in proportion to what each role earns her in `split` (the help-sell part rounded
    down, the share part the rest: they add up to `amount`). One part when she earns in one role; none
    when `split` pays her nothing."""
    hers = [share for share in split.shares if share.member == member]
    earned = sum(share.amount for share in hers)
    if len(hers) < 2 or earned <= 0:
        return tuple((share.role, amount) for share in hers[:1])
    selling = next(share.amount for share in hers if share.role is Role.HELP_SELLER)
    part = amount * selling // earned
    return ((Role.HELP_SELLER, part), (Role.SHARER, amount - part))


def _base(sale: Sale) -> int:
    """What commission is computed on: the paid amount of a paid (or picked up) order, else 0."""
    return sale.paid if sale.status in EARNING_STATUSES and sale.paid > 0 else 0


def _help_sold_base(sale: Sale) -> int:
    """What the help-seller's rate applies to: the paid amount's part made in her listing (all of it
    unless `sale.help_sold` says less, in proportion to the order's total, rounded down)."""
    base = _base(sale)
    if sale.help_sold is None or sale.total <= 0 or sale.help_sold >= sale.total:
        return base
    return base * max(sale.help_sold, 0) // sale.total


def _bases(sale: Sale) -> dict[Role, int]:
    """What each role's rate applies to: the help-seller's lines for her; the whole for the sharer,
    less the help-seller's lines when she is the sharer too (earning each line once, by where it was
    made)."""
    there = _help_sold_base(sale) if sale.help_seller else 0
    sharer = _base(sale) - there if sale.sharer and sale.sharer == sale.help_seller else _base(sale)
    return {Role.SHARER: sharer, Role.HELP_SELLER: there}


def _refusal(role: Role, member: str, sale: Sale, rate: int, loops: Collection[Referral]) -> NoEarning | None:
    """Why `member` earns nothing in `role` on `sale` (None: they earn)."""
    if _base(sale) == 0:
        return NoEarning.NOT_PAID
    if member == sale.buyer:
        return NoEarning.SELF
    if member == sale.organiser:
        return NoEarning.ORGANISER
    if sale.buyer == sale.organiser:
        return NoEarning.ORGANISERS_ORDER
    if role is Role.SHARER and member == sale.help_seller and _bases(sale)[role] == 0:
        return NoEarning.OWN_LISTING_SHARED
    if role is Role.SHARER and Referral(referrer=sale.buyer, referred=member) in loops:
        return NoEarning.LOOP
    if rate == 0:
        return NoEarning.NO_RATE
    return None


def commission(sale: Sale, rates: CommissionRates, *, earlier: Collection[Referral] = ()) -> Commission:
    """Split `sale.paid` between the organiser and at most one sharer and one help-seller.

    `earlier`: referrals locked before this order; a sharer whom the buyer brought earns nothing on the
    buyer (the loop rule). Only `sale.sharer` and `sale.help_seller` can ever earn.
    """
    loops = earlier if isinstance(earlier, set | frozenset) else frozenset(earlier)
    shares: list[Share] = []
    refused: dict[Role, NoEarning] = {}
    slots = (
        (Role.SHARER, sale.sharer, rates.sharer_bp),
        (Role.HELP_SELLER, sale.help_seller, rates.help_sell_bp),
    )
    bases = _bases(sale)
    for role, member, rate in slots:
        if not member:  # nobody in this slot
            continue
        why = _refusal(role, member, sale, rate, loops)
        if why is not None:
            refused[role] = why
            continue
        amount = bases[role] * rate // BASIS_POINTS  # rounded down: never more than the rate
        if amount > 0:
            shares.append(Share(member, role, amount))
        else:
            refused[role] = NoEarning.TOO_SMALL
    return Commission(
        sale=sale,
        rates=rates,
        base=_base(sale),
        shares=tuple(shares),
        refused=refused,
    )

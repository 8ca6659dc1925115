"""The group buy (拼团 / 接龙): terms, participants, the price reached, and its life from open to close.

The aggregate is persistence-free. Its rules are checked here against a snapshot; storage repeats the
guards that concurrency can break (stock, per-person limit, still open) in one conditional write, so
the domain decides and the database guarantees.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from commerce.domain import events as ev
from commerce.domain.errors import DomainError
from commerce.domain.money import MAX_MINOR, exponent, format_money
from commerce.domain.payments import AMOUNT_LIMITS, STARS
from commerce.domain.shill import link
from commerce.domain.text import clean_text
from commerce.domain.transitions import StatusChange, TransitionTable

MAX_TITLE = 80
MAX_PAYMENT_NOTE = 200  # "WeChat transfer to Amy, or cash at pickup": a sentence, not an essay
MAX_PICKUP = 100  # "Gate 3, tomorrow 17:00": a place and a time
MAX_STOCK = 999_900
MAX_QUANTITY = 9999
MAX_NOTE = 60  # "3号楼502, big ones please": a line's note, not a letter
MAX_FRIEND = 32
MAX_OPEN_LISTED = 10  # open group buys one chat lists when a member must say which one they mean
MAX_CLOSED_LISTED = 20  # closed group buys of a chat Ask looks through for a product asked about
MAX_OPTIONS = 8  # options (多规格) of one group buy: a Join button each, two a row on the card
MAX_OPTION_NAME = 16  # "3斤", "5kg", "大果礼盒": a word, not a description
MIN_DURATION = timedelta(minutes=1)
MAX_DURATION = timedelta(days=90)


class GroupBuyStatus(StrEnum):
    OPEN = "open"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    CANCELLED = "cancelled"
    FULFILLED = "fulfilled"


GROUP_BUY_TRANSITIONS: TransitionTable[GroupBuyStatus] = TransitionTable(
    "group_buy",
    {
        (GroupBuyStatus.OPEN, "succeed"): GroupBuyStatus.SUCCEEDED,
        (GroupBuyStatus.OPEN, "fail"): GroupBuyStatus.FAILED,
        (GroupBuyStatus.OPEN, "cancel"): GroupBuyStatus.CANCELLED,
        (GroupBuyStatus.SUCCEEDED, "fulfil"): GroupBuyStatus.FULFILLED,
    },
)


@dataclass(frozen=True, order=True)
class PriceTier:
    """From `min_quantity` units in total, everyone pays `unit_price` (minor units) each."""

    min_quantity: int
    unit_price: int


@dataclass(frozen=True)
class ProductOption:
    """One option (规格) of a group buy: its name (one word: `5斤`), its own base price, and its own
    stock (None: only the group buy's stock, if any, caps it). commerce.domain.options has the rules."""

    name: str
    unit_price: int
    stock: int | None = None


def option_key(text: str) -> str:
    """How an option name is compared: `5KG`, `５kg`, `5 kg` and `5kg` are one option (a name is one
    word: spaces typed inside it are folded away)."""
    return "".join(unicodedata.normalize("NFKC", text).casefold().split())


def cleaned_payment_note(text: str) -> str:
    """The note on one line, as typed but without invisible characters (`clean_text`; "" when nothing
    visible is left); `DomainError("payment_note_too_long")` when it is longer than a sentence."""
    note = clean_text(text)
    if len(note) > MAX_PAYMENT_NOTE:
        raise DomainError("payment_note_too_long", max=MAX_PAYMENT_NOTE)
    return note


@dataclass(frozen=True)
class Terms:
    """What the organiser announced. Validated once, when the group buy opens."""

    title: str
    unit_price: int
    currency: str = "CNY"
    tiers: tuple[PriceTier, ...] = ()
    target: int = 1
    stock: int | None = None
    per_person_limit: int | None = None
    deadline: datetime | None = None
    pickup: str = ""  # the pickup point: the place only (its time is `pickup_at`)
    payment_note: str = ""  # how buyers pay offline (收款方式): "转账给 Amy 微信", "cash at pickup"
    # 多规格: with options, `unit_price` is the cheapest option's and the tiers are priced from it, so
    # a tier reached takes the same amount off every option's price (commerce.domain.options).
    options: tuple[ProductOption, ...] = ()
    # The pickup time named with the place (None: none), each reader shows it in their own language.
    # Storage keeps it on its own (`CollectionRepository.set_pickup_at`, which also re-arms the evening
    # reminder); a group buy read back carries it here.
    pickup_at: datetime | None = None
    # The unit the price is per (`价格 15元/斤`: "斤"; "" when none was said: a 份). A join's quantity in
    # another unit word is refused (commerce.domain.units).
    unit: str = ""

    def validated(self, now: datetime, *, max_unit_price: int | None = None) -> Terms:
        """These terms cleaned (`clean_text`) with tiers sorted, or a `DomainError` naming the first thing
        wrong, terms that could never happen included (a tier, a target or a limit above the stock).

        `max_unit_price` is the highest unit price in whole units of the currency (100_000: ¥100,000),
        the app's sane maximum (a setting): a price above it is almost always a digit too many.
        """
        title = clean_text(self.title)
        if not title:
            raise DomainError("title_missing")
        if len(title) > MAX_TITLE:
            raise DomainError("title_too_long", max=MAX_TITLE)
        options = self._checked_options(max_unit_price)
        self._check_price(max_unit_price)
        tiers = self._checked_tiers()
        self._check_quantities(tiers)
        pickup = clean_text(self.pickup)
        if len(pickup) > MAX_PICKUP:
            raise DomainError("pickup_too_long", max=MAX_PICKUP)
        payment_note = cleaned_payment_note(self.payment_note)
        deadline = self.deadline or now + timedelta(hours=24)
        if deadline.tzinfo is None:
            raise ValueError("deadline must be timezone-aware")
        if deadline < now + MIN_DURATION:
            raise DomainError("deadline_in_past")
        if deadline > now + MAX_DURATION:
            raise DomainError("deadline_too_far", days=MAX_DURATION.days)
        return replace(
            self,
            title=title,
            tiers=tiers,
            deadline=deadline,
            pickup=pickup,
            payment_note=payment_note,
            options=options,
        )

    def _checked_options(self, max_unit_price: int | None) -> tuple[ProductOption, ...]:
        """The options cleaned, each priced and stocked as a group buy of its own would be; the base
        price must be the cheapest option's (commerce.domain.options.priced_terms sets it)."""
        if not self.options:
            return ()
        if len(self.options) > MAX_OPTIONS:
            raise DomainError("options_too_many", max=MAX_OPTIONS)
        seen: set[str] = set()
        cleaned = []
        for option in self.options:
            name = " ".join(clean_text(option.name).split())  # words (`egg yolk`), as joins name them
            if not name or name[0] in "#@+-" or option_key(name).isdecimal():
                raise DomainError("option_name_invalid", name=name or option.name)
            if len(name) > MAX_OPTION_NAME:
                raise DomainError("option_name_too_long", name=name, max=MAX_OPTION_NAME)
            if option_key(name) in seen:
                raise DomainError("option_twice", name=name)
            seen.add(option_key(name))
            replace(self, unit_price=option.unit_price, options=())._check_price(max_unit_price)
            if option.stock is not None and not 1 <= option.stock <= MAX_STOCK:
                raise DomainError("option_stock_out_of_range", option=name, value=option.stock, max=MAX_STOCK)
            cleaned.append(replace(option, name=name))
        if self.unit_price != min(option.unit_price for option in cleaned):
            raise ValueError("with options, unit_price is the cheapest option's")
        return tuple(cleaned)

    @property
    def stock_cap(self) -> int | None:
        """The most units it can ever sell: its stock, or the options' stocks added up when every
        option has one (the smaller of the two when both are set)."""
        caps = []
        if self.stock is not None:
            caps.append(self.stock)
        if self.options and all(option.stock is not None for option in self.options):
            caps.append(sum(option.stock or 0 for option in self.options))
        return min(caps) if caps else None

    def _check_price(self, max_unit_price: int | None) -> None:
        minor_units = 10 ** exponent(self.currency)
        if not 0 < self.unit_price <= MAX_MINOR:
            raise DomainError("price_not_positive", value=str(self.unit_price))
        stars = AMOUNT_LIMITS[STARS].maximum
        if self.currency == STARS and self.unit_price > stars:  # Stars are only paid online
            raise DomainError("stars_price_too_high", max=stars)
        if max_unit_price is not None and self.unit_price > max_unit_price * minor_units:
            raise DomainError(
                "price_above_max",
                price=format_money(self.unit_price, self.currency),
                max=format_money(max_unit_price * minor_units, self.currency),
            )

    def _checked_tiers(self) -> tuple[PriceTier, ...]:
        tiers = tuple(sorted(self.tiers))
        previous_qty, previous_price = 1, self.unit_price
        for tier in tiers:
            if tier.min_quantity <= previous_qty:
                raise DomainError("tier_quantity_invalid", quantity=tier.min_quantity, unit=self.unit)  # 1斤
            if not 0 < tier.unit_price < previous_price:
                raise DomainError(
                    "tier_price_not_lower",
                    quantity=tier.min_quantity,
                    price=format_money(tier.unit_price, self.currency),
                    previous=format_money(previous_price, self.currency),
                    unit=self.unit,  # `满 10斤的价格（¥16/斤）`
                )
            previous_qty, previous_price = tier.min_quantity, tier.unit_price
        return tiers

    def _check_quantities(self, tiers: tuple[PriceTier, ...]) -> None:
        """Target, stock and limit in range, and nothing promised that the stock could never allow."""
        limit = self.per_person_limit
        if not 1 <= self.target <= MAX_QUANTITY:
            raise DomainError("target_invalid", value=self.target)
        if self.stock is not None and not 1 <= self.stock <= MAX_STOCK:
            raise DomainError("stock_invalid", value=self.stock)
        stock = self.stock_cap
        if stock is not None and stock < self.target:
            raise DomainError("stock_below_target", stock=stock, target=self.target)
        if limit is not None and not 1 <= limit <= MAX_QUANTITY:
            raise DomainError("limit_invalid", value=limit)
        if stock is None:
            return
        beyond = [tier for tier in tiers if tier.min_quantity > stock]
        if beyond:
            quantity = beyond[0].min_quantity
            if self.options:  # 多规格: the example's tiers are a discount, as its tiers must be
                raise DomainError("tier_above_stock_options", quantity=quantity, stock=stock, unit=self.unit)
            raise DomainError(  # `阶梯从 10斤开始，但库存只有 8斤`
                "tier_above_stock", quantity=quantity, stock=stock, unit=self.unit
            )
        if limit is not None and limit > stock:
            raise DomainError("limit_above_stock", limit=limit, stock=stock)


@dataclass
class Participant:
    """One line of the 接龙 list: who, how many, since when, and the member's note (备注: "3号楼502").

    A friend signed up by a member (`+1 帮 小王`) is a line of their own, keyed by the member and the
    friend's name: it shows as "Bob 帮 小王 ×1", and the member's order pays for it.
    """

    user_id: str
    display_name: str
    quantity: int
    joined_at: datetime
    friend: str = ""  # "" for the member's own line
    note: str = ""
    option: str = ""  # 多规格: the option's name (one line per member, friend and option); "" without
    # 帮卖: the help-sell listing (another chat) the line was made in; None: the group buy's own chat.
    # A line stays where it was first made.
    listing_id: int | None = None
    # the note was typed in a private chat (a room, a phone): the organiser's list and export show it, a
    # group's card never does (rep99 #7); a note typed later in the group replaces it, shown
    note_private: bool = False
    # who made this line for the member (`/add #2 @Fay 1`, Fay had none): the name the card, the list and
    # the export mark it with until she joins it herself; "": hers (a 代报 guest's is marked as a guest's)
    added_by: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return self.user_id, self.friend, self.option


@dataclass
class GroupBuy:
    """A group buy in one chat. `sold` is the total quantity of all participants."""

    id: int | None
    chat_id: str
    organiser_id: str
    organiser_name: str
    terms: Terms
    created_at: datetime
    status: GroupBuyStatus = GroupBuyStatus.OPEN
    sold: int = 0
    lang: str = "zh"
    closed_at: datetime | None = None
    final_unit_price: int | None = None
    # The photo the organiser opened it with (a photo card): the platform's own reference to it (a
    # Telegram file_id, a WeChat image message id, a playground file token); "" for none.
    photo: str = ""
    # Share to earn (commerce.domain.commission): what a sharer and a help-seller earn on a referred
    # order, in basis points of what it paid (0: nothing); set by the organiser.
    sharer_rate_bp: int = 0
    help_sell_rate_bp: int = 0
    # 帮卖: how many other chats list it (commerce.domain.listings); 0 costs its cards nothing more.
    listings: int = 0
    history: list[StatusChange[GroupBuyStatus]] = field(default_factory=list)
    events: list[ev.Event] = field(default_factory=list)
    # Opened in this unit of work: `pull_events` says `GroupBuyOpened` once storage gave it an id.
    is_new: bool = False
    # 多规格: units taken of each option, by name (as storage last read them; its guard is the truth)
    option_sold: dict[str, int] = field(default_factory=dict)

    # -- opening -------------------------------------------------------------------------------------
    @classmethod
    def open(
        cls,
        *,
        chat_id: str,
        organiser_id: str,
        organiser_name: str,
        terms: Terms,
        now: datetime,
        lang: str = "zh",
        max_unit_price: int | None = None,
    ) -> GroupBuy:
        """A new group buy on `terms` (validated: `Terms.validated`, `max_unit_price` in whole units)."""
        return cls(
            id=None,
            chat_id=chat_id,
            organiser_id=organiser_id,
            organiser_name=organiser_name,
            terms=terms.validated(now, max_unit_price=max_unit_price),
            created_at=now,
            lang=lang,
            is_new=True,
        )

    # -- reading -------------------------------------------------------------------------------------
    @property
    def deadline(self) -> datetime:
        assert self.terms.deadline is not None  # set by Terms.validated
        return self.terms.deadline

    @property
    def is_open(self) -> bool:
        return self.status is GroupBuyStatus.OPEN

    def pickup_before_close(self) -> bool:
        """Whether an open group buy's pickup time comes before its deadline, when nobody could collect
        yet: refused wherever a pickup time or a deadline is set (opening, `自提`, `修改`). After the close
        any time still ahead will do."""
        at = self.terms.pickup_at
        return self.is_open and at is not None and at < self.deadline

    def unit_price_for(self, total_quantity: int) -> int:
        """The best tier reached at `total_quantity` units (the base price below the first tier)."""
        price = self.terms.unit_price
        for tier in self.terms.tiers:
            if total_quantity >= tier.min_quantity:
                price = tier.unit_price
        return price

    @property
    def current_unit_price(self) -> int:
        if self.final_unit_price is not None:
            return self.final_unit_price
        return self.unit_price_for(self.sold)

    def next_tier(self) -> tuple[int, PriceTier] | None:
        """(units still needed, the tier) for the next cheaper price, or None at the best tier."""
        for tier in self.terms.tiers:
            if self.sold < tier.min_quantity:
                return tier.min_quantity - self.sold, tier
        return None

    # -- options (多规格) --------------------------------------------------------------------------------
    def option_named(self, name: str) -> ProductOption | None:
        """The option called `name` (compared by `option_key`: `5KG` is `5kg`), None when none is."""
        key = option_key(name)
        return next((option for option in self.terms.options if option_key(option.name) == key), None)

    def option_for_join(self, name: str) -> ProductOption | None:
        """The option a join is for (None: it has no options), or the `DomainError` that asks which
        one (none named, among several) or says there is no such one."""
        options = self.terms.options
        if not options:
            if name:
                raise DomainError("options_none", id=self.id, title=self.terms.title)
            return None
        if not name:
            if len(options) == 1:
                return options[0]
            raise self.which_option()
        found = self.option_named(name)
        if found is None:
            raise DomainError("option_unknown", name=name, choices=self.option_choices())
        return found

    def which_option(self) -> DomainError:
        """The question a join that names no option gets: which one, with an example, one still to be
        had (an option sold out on its own is marked 🈵 among the choices, never the example); every
        option sold out: that it is sold out."""
        left = [option for option in self.terms.options if not self.option_sold_out(option)]
        if not left:  # a wait names an option: the example one (`/waitlist chocolate 1`, rep80 #8)
            return DomainError(
                "sold_out",
                title=self.terms.title,
                room=self._room_ever(None, 0),
                example=self.terms.options[-1].name,
                choices=self.option_choices(),
                id=self.id,  # one waiting for an option of it is told her place (rep84 #3)
            )
        choices = " / ".join(
            f"{option.name} {format_money(self.option_price(option), self.terms.currency)}"
            + ("" if option in left else " 🈵")
            for option in self.terms.options
        )
        return DomainError(
            "option_which", id=self.id, title=self.terms.title, choices=choices, example=left[-1].name
        )

    def option_choices(self, options: Sequence[ProductOption] | None = None) -> str:
        """`3斤 ¥58 / 5斤 ¥88`: the options (or those of them given) with the price each costs now."""
        return " / ".join(
            f"{option.name} {format_money(self.option_price(option), self.terms.currency)}"
            for option in (self.terms.options if options is None else options)
        )

    def option_discount(self) -> int:
        """What the tier reached takes off every option's price (its final one once closed)."""
        return self.terms.unit_price - self.current_unit_price

    def option_price(self, option: ProductOption, *, at: int | None = None) -> int:
        """An option's unit price with the tier reached (at `at` units in total, when given)."""
        discount = self.option_discount() if at is None else self.terms.unit_price - self.unit_price_for(at)
        return option.unit_price - discount

    def option_left(self, option: ProductOption) -> int | None:
        """Units of this option still to be had: its own stock less what is taken, never more than the
        group buy's stock left (None: no stock of its own). Every view of an option's left says this."""
        if option.stock is None:
            return None
        left = option.stock - self.option_sold.get(option.name, 0)
        total = self.stock_left
        return left if total is None else min(left, total)

    def option_sold_out(self, option: ProductOption) -> bool:
        """🈵: nothing of `option` left to join, its own stock taken (or, without one, the group buy's)."""
        left = self.option_left(option) if option.stock is not None else self.stock_left
        return left is not None and left <= 0

    def _room_ever(self, option: ProductOption | None, had: int) -> int | None:
        """The most one holding `had` units (of `option`) could ever have more of: all the stock there
        is (the group buy's, the option's) less what they hold; None: no stock caps it."""
        stocks = [s for s in (self.terms.stock, None if option is None else option.stock) if s is not None]
        return min(stocks) - had if stocks else None

    def _check_option_stock(
        self, option: ProductOption, quantity: int, room: int | None = None, had: int = 0
    ) -> None:
        left = self.option_left(option)
        if left is not None and quantity > left:
            if left <= 0:  # the options still to be had named (`others`), so she may take one of those
                others = [
                    o.name
                    for o in self.terms.options
                    if o.name != option.name and not self.option_sold_out(o)
                ]
                raise DomainError(
                    "option_sold_out",
                    option=option.name,
                    title=self.terms.title,
                    room=room,
                    others=others,
                    limit=self.terms.per_person_limit,  # another option's example never past it
                )
            raise DomainError(
                "option_not_enough", option=option.name, left=left, title=self.terms.title, held=had
            )

    @property
    def stock_left(self) -> int | None:
        return None if self.terms.stock is None else self.terms.stock - self.sold

    @property
    def target_reached(self) -> bool:
        return self.sold >= self.terms.target

    @property
    def has_target(self) -> bool:
        """Whether it was opened with a target (成团) to reach: without one (target 1) the first join
        is no milestone, and nothing is announced as reached."""
        return self.terms.target > 1

    def is_past_deadline(self, now: datetime) -> bool:
        return now >= self.deadline

    def may_manage(self, user_id: str, *, is_admin: bool, in_chat: str | None = None) -> bool:
        """Whether `user_id` acts as its organiser: she is; or she is an admin (`is_admin`) of the chat
        the command came from (`in_chat`), and it is that chat's own group buy. In a chat that only lists
        it (帮卖) an admin there is a member like any other for it. `in_chat` None: `is_admin` is already
        this group buy's (an admin of every chat, the console's; or one `Where.admin_counts` checked)."""
        admin = is_admin and (in_chat is None or in_chat == self.chat_id)
        return admin or user_id == self.organiser_id

    # -- joining and leaving -------------------------------------------------------------------------
    def _ensure_open(self, now: datetime) -> None:
        if not self.is_open or self.is_past_deadline(now):
            raise DomainError(
                "group_buy_closed", id=self.id, title=self.terms.title, status=self.status.value
            )

    def join(
        self,
        current: Participant | None,
        *,
        user_id: str,
        display_name: str,
        quantity: int,
        now: datetime,
        friend: str = "",
        note: str = "",
        max_per_line: int | None = None,
        option: str = "",
        elsewhere: int = 0,
        private: bool = False,
        added_by: str = "",
    ) -> Participant:
        """Add `quantity` units to this member's line (or to their friend's line, if `friend` is named;
        of the `option` named, with options); returns the line as it stands. A note replaces the line's
        note; none keeps it. `private`: typed in a private chat, its note is never on a group's card;
        `added_by`: one who is not the member made a new line for her (the mark stays while others add to
        it, and goes once she joins it herself).

        `elsewhere` is what the member who types the join holds on her other lines (of the same option):
        the per-person limit counts everything one member signs up, her own line and the friends' lines
        together (`+3 for A` … `+3 for F` cannot buy out a `limit 3`); over it, `limit_exceeded_member`.

        `max_per_line` is the hard maximum the app allows on one line whatever the terms say (a
        setting), so a flood of `+9999` cannot reach totals no one could buy.
        """
        if not 1 <= quantity <= MAX_QUANTITY:
            raise DomainError(
                "quantity_invalid", value=quantity, most=min(max_per_line or MAX_QUANTITY, MAX_QUANTITY)
            )
        friend, note = clean_text(friend), clean_text(note)
        self._ensure_open(now)
        if len(note) > MAX_NOTE:  # never cut unsaid: refused with its length, nothing changed
            raise DomainError("join_note_too_long", count=len(note), most=MAX_NOTE)
        if link(note):  # an outside link would go on the card unchecked (rep54 #10): refused, nothing joined
            raise DomainError("join_note_link")
        if len(friend) > MAX_FRIEND:
            raise DomainError("join_friend_too_long", count=len(friend), most=MAX_FRIEND)
        chosen = self.option_for_join(option)
        had = current.quantity if current else 0
        per_person = self.terms.per_person_limit
        # what is really left to take (the option's stock, the group buy's): below the room her limit
        # leaves, a refusal over the limit would offer what is not there ("还能再要 3 份" with 1 left, or
        # with none: sold out); the stock's refusal says what she can have instead (sold out: how to wait)
        stocked = self.option_left(chosen) if chosen is not None and chosen.stock is not None else None
        in_stock = self.stock_left if stocked is None else stocked
        room_left = None if per_person is None else per_person - elsewhere - had
        if (
            per_person is not None
            and elsewhere > 0
            and elsewhere + had + quantity > per_person
            and not (in_stock is not None and room_left is not None and in_stock < room_left)
        ):
            raise DomainError(
                "limit_exceeded_member",
                limit=per_person,
                have=elsewhere + had,
                room=max(per_person - elsewhere - had, 0),
                title=self.terms.title if chosen is None else f"{self.terms.title} {chosen.name}",
                unit=self.terms.unit,
            )
        limit = self.line_limit(max_per_line)
        stock_first = in_stock is not None and limit is not None and in_stock < limit - had
        if limit is not None and had + quantity > limit and not stock_first:
            if limit == self.terms.per_person_limit:  # per line, so per option: `粽子 咸 每人限购 3 份`
                title = self.terms.title if chosen is None else f"{self.terms.title} {chosen.name}"
                raise DomainError(
                    "limit_exceeded",
                    limit=limit,
                    have=had,
                    room=max(limit - had, 0),
                    title=title,
                    unit=self.terms.unit,
                    option="" if chosen is None else chosen.name,  # its example names it: `+3 小盒`
                )
            raise DomainError("quantity_too_many", limit=limit, have=had)
        left = self.stock_left
        room = self._room_ever(chosen, had)  # the most a wait offered instead could be for
        if room_left is not None and room_left > 0 and (room is None or room_left < room):
            room = room_left  # nor more than her limit leaves her (`+2` holding 2 of 3, sold out: `候补 1`)
        if left is not None and quantity > left:
            if left <= 0 and chosen is not None:  # 多规格: the option's waiting list is offered
                raise DomainError("options_sold_out", title=self.terms.title, option=chosen.name, room=room)
            if left <= 0:  # `id`: one already waiting for it is told so (handlers.group_buys)
                raise DomainError("sold_out", title=self.terms.title, room=room, id=self.id)
            if chosen is not None:  # 多规格: the example names the option (`+1 pork`; `+1` is asked which)
                raise DomainError(
                    "option_not_enough", option=chosen.name, left=left, title=self.terms.title, held=had
                )
            raise DomainError(
                "not_enough_stock", left=left, title=self.terms.title, unit=self.terms.unit, held=had
            )
        if chosen is not None:
            self._check_option_stock(chosen, quantity, room, had)
            self.option_sold[chosen.name] = self.option_sold.get(chosen.name, 0) + quantity
        self.sold += quantity
        line = Participant(
            user_id=user_id,
            # the name her line is written under stays (`李阿姨 +2`, then a plain `+1`: still 李阿姨)
            display_name=(current.display_name if current else "") or display_name or user_id,
            quantity=had + quantity,
            joined_at=current.joined_at if current else now,
            friend=friend,
            note=note if note else (current.note if current else ""),
            option="" if chosen is None else chosen.name,
            note_private=private if note else (current.note_private if current else False),
            added_by=(current.added_by if added_by else "") if current else added_by,  # hers once she joins
        )
        assert self.id is not None
        self.events.append(ev.Joined(self.id, user_id, quantity, line.quantity))
        return line

    def line_limit(self, max_per_line: int | None) -> int | None:
        """The most units one line may hold: the organiser's per-person limit, within the app's maximum."""
        limits = [x for x in (self.terms.per_person_limit, max_per_line) if x is not None]
        return min(limits) if limits else None

    def leave(
        self, current: Participant | None, *, quantity: int | None, now: datetime, covered: int = 0
    ) -> Participant:
        """Remove `quantity` units (all of them when None); a line at 0 is off the list. Once the target
        is reached (a real one, above 1), a leave that would drop below it is refused: ask the organiser;
        unless the waiting list takes the freed units at once (`covered`: the units the waiting members
        move in with right after it, commerce.services.waiting) and the target holds with them."""
        self._ensure_open(now)
        if current is None or current.quantity == 0:
            raise DomainError("not_joined", title=self.terms.title, id=self.id)
        drop = current.quantity if quantity is None else quantity
        if not 1 <= drop <= MAX_QUANTITY:
            raise DomainError("quantity_invalid", value=drop, most=MAX_QUANTITY)
        drop = min(drop, current.quantity)
        if self.terms.target > 1 and self.target_reached and self.sold - drop + covered < self.terms.target:
            # "🎉 成团" was announced: people rely on it, so only the organiser may undo it (`-1` of 2
            # held: a reduction, said as one)
            organiser, target, unit = self.organiser_name, self.terms.target, self.terms.unit
            sold, left = self.sold, self.sold - drop + covered  # the real count, and what it would be
            title, number = self.terms.title, self.id  # which one, with several open
            friend = current.friend  # `赵奶奶不要了`: her friend's line, said as his, never "your leaving"
            if friend and drop < current.quantity:
                raise DomainError(
                    "friend_lower_would_unform",
                    organiser=organiser,
                    target=target,
                    unit=unit,
                    sold=sold,
                    left=left,
                    title=title,
                    id=number,
                    friend=friend,
                    drop=drop,
                )
            if friend:
                raise DomainError(
                    "friend_leave_would_unform",
                    organiser=organiser,
                    target=target,
                    unit=unit,
                    sold=sold,
                    left=left,
                    title=title,
                    id=number,
                    friend=friend,
                    drop=drop,
                )
            if drop < current.quantity:
                raise DomainError(
                    "lower_would_unform",
                    organiser=organiser,
                    target=target,
                    unit=unit,
                    sold=sold,
                    left=left,
                    title=title,
                    id=number,
                )
            raise DomainError(
                "leave_would_unform",
                organiser=organiser,
                target=target,
                unit=unit,
                sold=sold,
                left=left,
                title=title,
                id=number,
            )
        self.sold -= drop
        if current.option:
            self.option_sold[current.option] = max(0, self.option_sold.get(current.option, 0) - drop)
        line = replace(current, quantity=current.quantity - drop)
        assert self.id is not None
        self.events.append(ev.Left(self.id, current.user_id, drop, line.quantity))
        return line

    # -- closing -------------------------------------------------------------------------------------
    def _change(self, action: str, *, actor: str, now: datetime, reason: str) -> None:
        change = GROUP_BUY_TRANSITIONS.move(self.status, action, actor=actor, at=now, reason=reason)
        self.status = change.to_status
        self.history.append(change)

    def close(self, *, actor: str, is_admin: bool, now: datetime, in_chat: str | None = None) -> None:
        """截单: the organiser stops it early; allowed once the target is reached. Past its deadline (the
        deadline's own close not run yet) there is nothing left to wait for: it ends as the deadline ends
        it, failed below its target (without a target: nobody joined)."""
        if not self.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
            raise DomainError("not_organiser", organiser=self.organiser_name)
        if not self.is_open:
            raise DomainError(
                "group_buy_closed", id=self.id, title=self.terms.title, status=self.status.value
            )
        if not self.target_reached and self.is_past_deadline(now):
            self._fail(now=now)
            return
        if not self.target_reached:
            terms = self.terms
            raise DomainError(
                "target_not_reached", id=self.id, sold=self.sold, target=terms.target, unit=terms.unit
            )
        self._succeed(actor=actor, now=now, reason="closed by organiser")

    def cancel(self, *, actor: str, is_admin: bool, now: datetime, in_chat: str | None = None) -> None:
        """取消: the organiser calls it off; nobody is charged."""
        if not self.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
            raise DomainError("not_organiser", organiser=self.organiser_name)
        if not self.is_open:
            raise DomainError(
                "group_buy_closed", id=self.id, title=self.terms.title, status=self.status.value
            )
        self._change("cancel", actor=actor, now=now, reason="cancelled by organiser")
        self.closed_at = now
        assert self.id is not None
        self.events.append(ev.Cancelled(self.id, self.chat_id))

    def expire(self, *, now: datetime) -> bool:
        """At the deadline: succeeded if the target was reached, else failed. False if not due."""
        if not self.is_open or not self.is_past_deadline(now):
            return False
        if self.target_reached:
            self._succeed(actor="system", now=now, reason="deadline reached")
        else:
            self._fail(now=now)
        return True

    def _fail(self, *, now: datetime) -> None:
        """The deadline came below the target: nobody is charged (the system's doing, whoever asked)."""
        self._change(
            "fail", actor="system", now=now, reason=f"target not reached: {self.sold}/{self.terms.target}"
        )
        self.closed_at = now
        assert self.id is not None
        self.events.append(ev.Failed(self.id, self.chat_id, "target_not_reached"))

    def _succeed(self, *, actor: str, now: datetime, reason: str) -> None:
        self._change("succeed", actor=actor, now=now, reason=reason)
        self.closed_at = now
        self.final_unit_price = self.unit_price_for(self.sold)
        assert self.id is not None
        self.events.append(ev.Succeeded(self.id, self.chat_id))

    def fulfil(self, *, actor: str, is_admin: bool, now: datetime, in_chat: str | None = None) -> None:
        if not self.may_manage(actor, is_admin=is_admin, in_chat=in_chat):
            raise DomainError("not_organiser", organiser=self.organiser_name)
        self._change("fulfil", actor=actor, now=now, reason="goods handed out")
        assert self.id is not None
        self.events.append(ev.GroupBuyFulfilled(self.id, self.chat_id))

    def pull_events(self) -> list[ev.Event]:
        """What happened since the last pull (the opening first, once it has an id)."""
        out, self.events = self.events, []
        if self.is_new and self.id is not None:
            self.is_new = False
            out.insert(0, ev.GroupBuyOpened(self.id, self.chat_id, self.deadline.isoformat()))
        return out

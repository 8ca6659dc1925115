"""Refusals of a join made for someone else, said about that person: a friend's line (`+4 for Wang`), a
guest the organiser adds (代报 王阿姨 3) or a member's line the organiser adds to (代报 Bob 1).

The join rules (commerce.domain.group_buy) speak to the member who typed the join ("you already have 1",
"e.g. +1 black"); for a line that is someone else's that names the wrong person, and the option hint
would make the typist join for themselves. These restate the refusal for the line it was about.
"""

from __future__ import annotations

from commerce.domain.errors import DomainError


def for_friend(refusal: DomainError, *, friend: str, quantity: int) -> DomainError:
    """A refusal of `+N for Wang` about Wang's line (the limit she is at, the option to name for her)."""
    said = refusal.params
    if refusal.code == "limit_exceeded" and refusal.params.get("option"):  # `+5 豆沙 帮 王阿姨`: the join
        return _over_limit_option(refusal, name=friend)
    if refusal.code == "limit_exceeded":
        return _over_limit(refusal, name=friend)
    if refusal.code == "not_enough_stock":  # `+2` would join the member's own line: `+2 for Wang`
        return DomainError(
            "not_enough_stock_for",
            title=said["title"],
            left=said["left"],
            friend=friend,
            unit=said.get("unit", ""),
        )
    if refusal.code == "option_not_enough":
        return DomainError(
            "option_not_enough_for",
            title=said["title"],
            option=said["option"],
            left=said["left"],
            friend=friend,
        )
    if refusal.code == "join_option_two_quantities":  # `Kay 2 豆沙 3` (s39 #2): the example for Kay
        return DomainError(
            "join_option_two_quantities_for",
            id=said["id"],
            title=said["title"],
            option=said["option"],
            before=said["before"],
            n=said["n"],
            friend=friend,
        )
    if refusal.code == "option_which":
        return DomainError(
            "option_which_for",
            id=said["id"],
            title=said["title"],
            choices=said["choices"],
            example=said["example"],
            friend=friend,
            quantity=said.get("typed_quantity", quantity),  # `要2份` in the note: `+2 帮 小王 #2 大盒`
            limit=said.get("limit"),  # `+5 帮王阿姨` under 限购 4: `+4 帮 王阿姨 咸蛋黄`, the limit said
        )
    return refusal


def for_added(
    refusal: DomainError,
    *,
    name: str,
    quantity: int,
    group_buy_id: int | None = None,
    stock: int | None = None,
) -> DomainError:
    """A refusal of `/add Aunt Wang 3` (代报) about Aunt Wang's line; the option and stock hints are the
    add form (`+2` would add to the organiser's own line). Sold out (its `stock`), the way forward: raise
    the stock by what she adds, then add her (rep105 #8: a waiting list is a member's own)."""
    said = refusal.params
    if refusal.code == "sold_out" and group_buy_id is not None and stock is not None:
        return DomainError(
            "add_sold_out",
            title=said["title"],
            name=name,
            id=group_buy_id,
            quantity=quantity,
            stock=stock + quantity,
        )
    if refusal.code == "limit_exceeded":
        return _over_limit(refusal, name=name)
    if refusal.code == "not_enough_stock" and group_buy_id is not None:
        return DomainError(
            "add_not_enough_stock",
            title=said["title"],
            left=said["left"],
            name=name,
            id=group_buy_id,
            unit=said.get("unit", ""),
        )
    if refusal.code == "option_not_enough" and group_buy_id is not None:
        return DomainError(
            "add_option_not_enough",
            title=said["title"],
            option=said["option"],
            left=said["left"],
            name=name,
            id=group_buy_id,
        )
    if refusal.code == "option_which":
        return DomainError(
            "add_option_which",
            id=said["id"],
            title=said["title"],
            choices=said["choices"],
            example=said["example"],
            name=name,
            quantity=quantity,
        )
    return refusal


def _over_limit(refusal: DomainError, *, name: str) -> DomainError:
    """The per-person limit as it bears on `name`'s line: what they already have, or (none yet) that
    they can have at most the limit."""
    said = refusal.params
    if not said["have"]:
        return DomainError(
            "limit_exceeded_for_new",
            title=said["title"],
            limit=said["limit"],
            name=name,
            unit=said.get("unit", ""),
        )
    room = said.get("room", max(int(said["limit"]) - int(said["have"]), 0))
    return DomainError(
        "limit_exceeded_for",
        title=said["title"],
        limit=said["limit"],
        have=said["have"],
        room=room,
        name=name,
        unit=said.get("unit", ""),  # sold per kg: "limited to 6 kg per person"
    )


def _over_limit_option(refusal: DomainError, *, name: str) -> DomainError:
    """The per-person limit on an option as it bears on a friend's line, with the join that fits it
    (`发 +4 豆沙 帮 王阿姨`, "send +4 small for Wang"): the option named, as her own refusal names it."""
    said = refusal.params
    if not said["have"]:
        return DomainError(
            "limit_exceeded_for_new_option",
            title=said["title"],
            limit=said["limit"],
            name=name,
            option=said["option"],
            example="",  # `+4 豆沙 帮 王阿姨`: in the reader's words (handlers.texts.refusal_text)
            unit=said.get("unit", ""),
        )
    return DomainError(
        "limit_exceeded_for_option",
        title=said["title"],
        limit=said["limit"],
        have=said["have"],
        room=said["room"],
        name=name,
        option=said["option"],
        example="",
        unit=said.get("unit", ""),
    )

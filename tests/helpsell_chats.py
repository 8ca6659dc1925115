"""Help-selling (帮卖) in two groups: the organiser's group (`family`) and a second group in front of the
same ChatApp, where a help-seller lists her group buy with `帮卖 #1`.

    family, office = await help_sold("接龙 芒果 价格 35 成团 1 截止 2小时")

is Amy opening the group buy in her group and to help-selling at 10% (`帮卖 开 10%`), then Bob listing it
in the office group (公司群). `two_groups` is only the wiring, for a test that says the rest itself; a
third group is `Chat(family.app, chat_id=...)`. Everything runs on the in-memory fakes (tests.fakes).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat, fake_chat


def two_groups(
    chat_id: str = "office",
    title: str | None = "公司群",
    *,
    family_title: str | None = None,
    factory: FakeUnitOfWorkFactory | None = None,
    clock: FakeClock | None = None,
    **config: Any,
) -> tuple[Chat, Chat]:
    """The organiser's group ("family", named `family_title`) and a second group (`chat_id`, named
    `title`) in front of one ChatApp on `factory` and `clock` (`config`: AppConfig's fields)."""
    family = fake_chat(factory or FakeUnitOfWorkFactory(), clock=clock, **config)
    family.title = family_title
    return family, Chat(family.app, chat_id=chat_id, title=title)


async def help_sold(
    opening: str,
    *,
    chat_id: str = "office",
    title: str | None = "公司群",
    family_title: str | None = None,
    factory: FakeUnitOfWorkFactory | None = None,
    clock: FakeClock | None = None,
    organiser: str = "amy",
    rate: str = "帮卖 开 10%",
    before_listing: Sequence[tuple[str, str]] = (),
    seller: str = "bob",
    listing: str = "帮卖 #1",
    language: str | None = None,
    **config: object,
) -> tuple[Chat, Chat]:
    """`two_groups`, then the organiser's `opening` and `rate` in her group, what `before_listing` has
    members (member, text) say there next, and `seller`'s `listing` in the second group (in `language`,
    as the platform tells it)."""
    family, other = two_groups(
        chat_id, title, family_title=family_title, factory=factory, clock=clock, **config
    )
    await family.say(organiser, opening)
    await family.say(organiser, rate)
    for member, text in before_listing:
        await family.say(member, text)
    await other.say(seller, listing, language=language)
    return family, other


async def sue_help_sells(lang: str, said: Mapping[str, str], **kwargs: Any) -> tuple[Chat, Chat]:
    """`help_sold` all in `lang` (the platform's and the chats' language): `said`'s "opening" and "rate"
    by Amy, "listing" by Sue in 公司群 (`kwargs`: help_sold's others)."""
    return await help_sold(
        said["opening"],
        rate=said["rate"],
        listing=said["listing"],
        seller="sue",
        language=lang,
        default_language=lang,
        **kwargs,
    )


async def sue_help_sells_with_its_own_pickup(lang: str, said: Mapping[str, str]) -> tuple[Chat, Chat]:
    """`sue_help_sells`, then Amy's pickup ("home") in her group and Sue's own for 公司群 ("own")."""
    family, office = await sue_help_sells(lang, said)
    await family.say("amy", said["home"])
    await office.say("sue", said["own"])
    return family, office


async def bought_both_in_neighbours(factory: FakeUnitOfWorkFactory | None = None) -> Chat:
    """Amy's 芒果 #1 and 苹果 #2 in family, both help-sold by Dan in 邻居群, where Kim joined each; both
    closed, so Kim owes two orders (#1-1, #2-1) made in another group. Returns family."""
    family = fake_chat(factory)
    neighbours = Chat(family.app, chat_id="neighbours", title="邻居群")
    for title in ("芒果", "苹果"):
        await family.say("amy", f"接龙 {title} 价格 10 截止 2小时")
    await family.say("amy", "帮卖 开 10% #1")
    await family.say("amy", "帮卖 开 10% #2")
    await neighbours.say("dan", "帮卖 #1")
    await neighbours.say("dan", "帮卖 #2")
    await neighbours.say("kim", "+1 #1")
    await neighbours.say("kim", "+1 #2")
    await family.say("amy", "截单 #1")
    await family.say("amy", "截单 #2")
    return family


async def listed_in_the_english_club() -> tuple[Chat, Chat]:
    """Amy's 草莓 #1 (¥78) help-sold at 8% by Eve in the club ("Club"), which speaks English (`/lang en`).
    Returns (family, club)."""
    family, club = await help_sold(
        "接龙 草莓 价格 78 截止 2小时",
        chat_id="club",
        title="Club",
        rate="帮卖 开 8%",
        seller="eve",
        listing="/helpsell #1",
    )
    await club.say("eve", "/lang en")
    return family, club


async def bought_in_the_english_club(*, language: str | None = None) -> tuple[Chat, Chat]:
    """`listed_in_the_english_club`, then Gil's `+1` there (his app in `language`) and Amy's `截单`: his
    order came in English. Returns (family, club)."""
    family, club = await listed_in_the_english_club()
    await club.say("gil", "+1", language=language)
    orders = family.private(await family.say("amy", "截单"))
    assert orders["gil"].startswith("Your order #1-1 in 草莓 (#1):")
    return family, club

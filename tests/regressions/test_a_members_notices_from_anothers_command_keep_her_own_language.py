"""s36: what a member is told privately because of another's command followed the words she last typed:
a help-seller's copy of a line taken off her group (`踢出 @kim 全部`), her notice of a raised help-sell
rate (`帮卖 开 15%`) and of her group's unpaid orders cancelled (`取消未付款 #1 确认`), a mute, a payout
decided. Each now keeps one steady language, as a buyer's and an organiser's notices do (README,
"Which language a reply speaks"): her private `/lang`, else her app's, else the group's (a payout asked
only in private with no group to tell: her own as last seen). Bob, who listed in Chinese and typed one
English line in a Chinese group, reads Chinese; with `/lang en`, or an English app, English; the reverse
too."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import help_sold
from tests.unit.handlers.conftest import Chat, fake_chat
from tests.unit.handlers.sharer_payout import sharer_asked

CJK = ("\u4e00", "\u9fff")


def chinese(text: str) -> bool:
    return any(CJK[0] <= ch <= CJK[1] for ch in text)


REMOVED = {  # naming his group (rep82 #11)
    "zh": "Amy 把「block7」（你帮卖的群）里 Kim 报的全部名额移出了 {title}（#1）",
    "en": "Amy removed all of Kim's lines from {title} (#1) in “block7”",
}
RAISED = {
    "zh": "🤝 团长 Amy 把 {title}（#1）的帮卖佣金从 10% 调高到 15%",
    "en": "🤝 Amy raised the help-sell commission of {title} (#1) from 10% to 15%",
}


async def bob_told(group: str, *, own: str | None, app: str | None, typed: str) -> tuple[str, str]:
    """Amy's durian in a `group` ("zh"/"en") group, help-sold by Bob in block7 (listed in the group's
    words, then `typed` there), Bob's private `/lang` `own` and his app's language `app`: his private
    notices of Amy raising the rate, then of Kim's lines taken off."""
    if group == "zh":
        opening, rate, listing = "接龙 榴莲 价格 30 成团 1 截止 明天 20:00", "帮卖 开 10%", "帮卖 #1"
    else:
        opening, rate, listing = (
            "/groupbuy Durian price 30 target 1 ends 1d",
            "/helpsell on 10%",
            "/helpsell #1",
        )
    family, office = await help_sold(opening, rate=rate, listing=listing, language=app, title="block7")
    if group == "zh":  # her group speaks Chinese, whatever the app's default
        family.admins = office.admins = {"amy", "bob"}
        await family.say("amy", "/lang zh")
        await office.say("bob", "/lang zh", language=app)
    if own:
        await office.say("bob", f"/lang {own}", private=True, language=app)
    await office.say("bob", typed, language=app)
    await office.say("kim", "+1")
    raised = Chat.private(await family.say("amy", "/helpsell on 15%"))["bob"]
    removed = Chat.private(await family.say("amy", "/remove @kim all", mentions=["kim"]))["bob"]
    return raised, removed


@pytest.mark.parametrize(
    ("group", "own", "app", "typed", "reads"),
    [
        ("zh", "en", None, "团长什么时候到货", "en"),  # Chinese words, `/lang en`: English
        ("zh", None, "en", "团长什么时候到货", "en"),  # no `/lang`, an English app: English
        ("zh", None, None, "how much?", "zh"),  # one English line in a Chinese group: its Chinese
        ("en", "zh", None, "how much?", "zh"),  # the reverse: English words, `/lang zh`
        ("en", None, "zh", "how much?", "zh"),  # a Chinese app
    ],
)
async def test_a_help_sellers_notices_of_a_rate_and_a_line_taken_off(
    group: str, own: str | None, app: str | None, typed: str, reads: str
) -> None:
    raised, removed = await bob_told(group, own=own, app=app, typed=typed)

    title = "榴莲" if group == "zh" else "Durian"
    assert raised.startswith(RAISED[reads].format(title=title)), raised
    assert removed.startswith(REMOVED[reads].format(title=title)), removed


async def unpaid_cancelled(*, own: str | None, app: str | None, typed: str) -> str:
    """Amy's bread #1 (a Chinese group), Bob help-selling it in 楼下群 (Ivy joined there), closed a day
    and more ago; Bob's private `/lang` `own`, app `app`, his `typed` line there: his private notice of
    `取消未付款 #1 确认`."""
    factory, clock = FakeUnitOfWorkFactory(), FakeClock()
    family, street = fake_chat(factory, clock=clock), fake_chat(factory, clock=clock)
    street.app, street.chat_id, street.title = family.app, "street", "楼下群"
    await family.say("amy", "接龙 面包 价格 10")
    await family.say("amy", "帮卖 开 10%")
    await street.say("bob", "帮卖 #1", language=app)
    if own:
        await street.say("bob", f"/lang {own}", private=True, language=app)
    await street.say("bob", typed, language=app)
    await street.say("ivy", "+1")
    await family.say("amy", "截单")
    clock.advance(hours=30)
    return Chat.private(await family.say("amy", "取消未付款 #1 确认"))["bob"]


@pytest.mark.parametrize(
    ("own", "app", "typed", "reads"),
    [("en", None, "到货了吗", "en"), (None, "en", "到货了吗", "en"), (None, None, "how much?", "zh")],
)
async def test_a_help_sellers_notice_of_her_groups_unpaid_orders_cancelled(
    own: str | None, app: str | None, typed: str, reads: str
) -> None:
    told = await unpaid_cancelled(own=own, app=app, typed=typed)

    if reads == "en":
        assert told.startswith("Amy cancelled 1 unpaid order of 面包 (#1) made in 楼下群"), told
    else:
        assert told.startswith("Amy 取消了 面包（#1）在「楼下群」（你帮卖的群）的 1 个未付款订单"), told


MUTED = {
    "zh": "群管理员停止了你在群里发笔记。",
    "en": "The chat's admins stopped you posting notes in the group.",
}


@pytest.mark.parametrize(
    ("group", "own", "app", "typed", "reads"),
    [
        ("zh", "en", None, "种草 #1 味道有点重，但是效果好", "en"),
        ("zh", None, "en", "种草 #1 味道有点重，但是效果好", "en"),
        ("zh", None, None, "how much?", "zh"),  # one English line: the group's Chinese, not her words
        ("en", "zh", None, "/note #1 strong smell but works", "zh"),
        ("en", None, "zh", "/note #1 strong smell but works", "zh"),
    ],
)
async def test_a_mute_speaks_her_steady_language(
    group: str, own: str | None, app: str | None, typed: str, reads: str
) -> None:
    chat = fake_chat()
    chat.chat_id, chat.admins = "office", {"guanli"}
    await chat.say("amy", "接龙 面膜 价格 30" if group == "zh" else "/groupbuy Face masks price 30")
    await chat.say(
        "daliu", "种草 #1 味道有点重，但是效果好" if group == "zh" else "/note #1 smells", language=app
    )
    if own:
        await chat.say("daliu", f"/lang {own}", private=True, language=app)
    await chat.say("daliu", typed, language=app)

    muted = Chat.private(await chat.say("guanli", "/mute @Daliu"))

    assert muted["daliu"].startswith(MUTED[reads]), muted


async def test_a_payout_decided_speaks_her_apps_language_over_her_words() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await sharer_asked(factory)  # `提现 微信 ahua8`, Chinese words
    await chat.say("ahua", "我的收益", private=True, language="en")  # her app says English

    approved = await chat.say("guanli", "提现审核 批准 1", private=True)

    assert chat.private(approved) == {"ahua": "Your payout #1 of ¥44 was approved; it will be paid soon."}


async def test_a_payout_decided_speaks_her_groups_language_not_one_english_line() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await sharer_asked(factory)
    chat.admins = {"amy"}
    await chat.say("amy", "/lang zh")  # her group speaks Chinese
    await chat.say("ahua", "how much?")  # one English line there

    approved = await chat.say("guanli", "/payouts approve 1", private=True)

    assert chat.private(approved) == {"ahua": "你的提现 #1（¥44）已批准，很快到账。"}

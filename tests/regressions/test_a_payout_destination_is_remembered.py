"""Session 24: a member typed where to pay with every request (`提现 微信 wes888`) and nothing was kept,
so `提现` alone or `提现 50` asked again for the account. The destination a request names is now kept as
the member's (`payout_destinations`, migration 0048): `提现` / `提现 50` use it and say where it will be
paid and how to change it (after a request to it was rejected: named again, never used silently);
another named in a request replaces it, and says so; a refused request keeps nothing (but with nothing
available, the account named: test_a_payout_account_is_kept_when_nothing_is_available); each payout
keeps its own copy, which `提现审核` and the console show."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop
from tests.unit.handlers.shared_durian import shared_durian

ZH = {
    "reject": "提现审核 拒绝 {id}",
    "review": "提现审核",
    "first": (
        "提现 20 微信 wes888",
        "已申请提现 #1：¥20。管理员审核后打到 微信 ···888，每一步我都会在这里告诉你。"
        "这个收款账号已记下，下次只发“提现”就打到这里。",
    ),
    "kept": (
        "提现 30",
        "已申请提现 #2：¥30，付到 微信 ···888（你上次留的收款账号）。"
        "管理员审核后打款，每一步我都会在这里告诉你。"
        "要换收款账号：提现时写上新的，例如“提现 微信 新的微信号”。",
    ),
    "all": ("提现", "已申请提现 #3：¥126，付到 微信 ···888（你上次留的收款账号）。"),
    "replaced": (
        "提现 40 支付宝 a@b.cn",
        "已申请提现 #4：¥40。管理员审核后打到 支付宝 ···.cn，每一步我都会在这里告诉你。"
        "收款账号已从 微信 ···888 改成 支付宝 ···.cn，以后提现都打到这里。",
    ),
    "again": (
        "提现 40 支付宝 a@b.cn",
        "已申请提现 #5：¥40。管理员审核后打到 支付宝 ···.cn，每一步我都会在这里告诉你。",
    ),
    "open": ("提现 微信 other9", "你的提现 #5（¥40）还在处理中"),
    "listed": "#5 Cat：¥40，打到 支付宝 a@b.cn，待审核（提现审核 批准 5）",
    "method_kept": ("提现 支付宝", "已申请提现 #6：¥86，付到 支付宝 ···.cn（你上次留的收款账号）。"),
    "method_other": ("提现 微信", "提现 ¥86 要写明打到哪里，没有提交申请：发“提现 微信 你的微信号”"),
}
EN = {
    "reject": "/payouts reject {id}",
    "review": "/payouts",
    "first": (
        "/payout 20 wechat wes888",
        "Payout #1 of ¥20 requested. An admin will approve it and pay it to WeChat ···888; "
        "I'll tell you here at each step. I've kept this account: next time just send /payout.",
    ),
    "kept": (
        "/withdraw 30",
        "Payout #2 of ¥30 requested, to be paid to WeChat ···888 (the account you gave last time). "
        "An admin will approve it and pay it; I'll tell you here at each step. "
        "To change the account, name the new one when you ask: /payout wechat your-new-ID.",
    ),
    "all": (
        "/payout",
        "Payout #3 of ¥126 requested, to be paid to WeChat ···888 (the account you gave last time).",
    ),
    "replaced": (
        "/payout 40 alipay a@b.cn",
        "Payout #4 of ¥40 requested. An admin will approve it and pay it to Alipay ···.cn; "
        "I'll tell you here at each step. "
        "Your payout account is now Alipay ···.cn instead of WeChat ···888: later payouts go there too.",
    ),
    "again": (
        "/withdraw 40 alipay a@b.cn",
        "Payout #5 of ¥40 requested. An admin will approve it and pay it to Alipay ···.cn; "
        "I'll tell you here at each step.",
    ),
    "open": ("/payout wechat other9", "Your payout #5 of ¥40 is still open"),
    "listed": "#5 Cat: ¥40 to Alipay a@b.cn, requested (/payouts approve 5)",
    "method_kept": (
        "/payout alipay",
        "Payout #6 of ¥86 requested, to be paid to Alipay ···.cn (the account you gave last time).",
    ),
    "method_other": ("/payout wechat", "Say where to pay your ¥86: nothing was requested."),
}
WORDS = {"zh": ZH, "en": EN}


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_destination_is_kept_used_and_replaced(language: str) -> None:
    chat, factory = await shared_durian(  # ¥176 available
        language, sharer="cat", payout_minimum=10, buyers=("bob", "dan", "fay", "gus"), collected=(1, 2, 3, 4)
    )
    words = WORDS[language]

    async def ask(step: str) -> str:
        typed, told = words[step]
        said = chat.said(await chat.say("cat", typed, private=True))
        assert said.startswith(told), (step, said)
        return said

    async def reject(payout_id: int) -> None:
        await chat.say("eve", words["reject"].format(id=payout_id), private=True)

    async def pay(payout_id: int) -> None:  # a payout paid: its account stays the one `提现` uses
        await chat.say("eve", f"/payouts approve {payout_id}", private=True)
        await chat.say("eve", f"/payouts paid {payout_id}", private=True)

    assert await ask("first") == words["first"][1]  # the first named: kept, and said so
    await pay(1)
    assert await ask("kept") == words["kept"][1]  # `提现 30`: where it goes and how to change it
    assert factory.state.payouts[2].destination == factory.state.payouts[1].destination
    await pay(2)
    await ask("all")  # bare `提现`: all of it, to the kept account
    await reject(3)  # a rejected account is named again, never used silently (test_a_rejected_payouts_…)
    assert await ask("replaced") == words["replaced"][1]  # another account: it replaces the kept one
    await reject(4)
    assert await ask("again") == words["again"][1]  # the kept one named again: nothing to say of it
    # a refused request (one is open) keeps nothing: the kept account and #5's stay
    await ask("open")
    assert set(factory.state.payout_destinations.values()) == {words["again"][0].split(maxsplit=2)[2]}
    # each request keeps its own copy: the admin reads #5's, #1 still reads the first account
    listed = chat.said(await chat.say("eve", words["review"], private=True)).splitlines()[1]
    assert listed == words["listed"]
    assert factory.state.payouts[1].destination == words["first"][0].split(maxsplit=2)[2]
    await pay(5)
    # a method named without an account: the kept one if it is of that method, else the form
    await ask("method_kept")
    await reject(6)
    await ask("method_other")
    assert len(factory.state.payouts) == 6


@pytest.mark.parametrize("language", ["zh", "en"])
async def test_a_payout_without_a_kept_destination_still_asks_for_one(language: str) -> None:
    chat, factory = await shared_durian(language, sharer="cat", collected=(1,), payout_minimum=10)
    typed = "提现 20" if language == "zh" else "/payout 20"
    told = chat.said(await chat.say("cat", typed, private=True))
    assert told.startswith("提现 ¥20 要写明打到哪里" if language == "zh" else "Say where to pay your ¥20")
    assert not factory.state.payouts and not factory.state.payout_destinations


async def test_the_console_shows_each_requests_own_destination(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:  # SQLite migrated to head: kept in payout_destinations
        await open_shop(world)  # Bob has ¥10 available
        await world.say("bob", "bob", "提现 微信 bob_88", private=True)
        admin = await world.admin()
        assert (await post_form(admin, "/payouts/1/reject", {"reason": "账号不对"})).status_code == 303
        asked = await world.say("bob", "bob", "提现", private=True)  # its account was wrong: named again
        await world.say("bob", "bob", "提现 微信 bob_88", private=True)
        page = (await admin.get("/payouts", headers={"accept-language": "zh"})).text
    assert any("你上次的提现 #1（打到 微信 ···_88）被拒绝了" in str(reply) for reply in asked), asked
    assert "<td>¥10</td><td>微信 bob_88</td>" in page


@pytest.mark.parametrize(
    ("language", "first", "then", "told"),
    [
        ("zh", "提现 20 wechat wes888", "提现 20 微信 wes888",
         "已申请提现 #2：¥20。管理员审核后打到 微信 ···888，每一步我都会在这里告诉你。"),
        ("en", "/payout 20 银行卡 6222 0000", "/payout 20 bank 62220000",
         "Payout #2 of ¥20 requested. An admin will approve it and pay it to bank account ···0000; "
         "I'll tell you here at each step."),
    ],
)  # fmt: skip
async def test_the_kept_account_named_in_other_words_is_not_said_replaced(
    language: str, first: str, then: str, told: str
) -> None:
    chat, factory = await shared_durian(language, sharer="cat", payout_minimum=10)
    await chat.say("cat", first, private=True)
    await chat.say("eve", "/payouts reject 1", private=True)
    assert chat.said(await chat.say("cat", then, private=True)) == told
    assert factory.state.payout_destinations == {"cat": then.split(maxsplit=2)[2]}  # as she wrote it last

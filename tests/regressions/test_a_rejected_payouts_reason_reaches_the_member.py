"""An admin could not say why a payout was rejected: `提现审核 拒绝 1 收款账号不对` and
`/payouts reject 1 wrong account` got the usage and changed nothing. A rejection takes a reason, and the
member is told it, in their own language, with the money back; the console's reject form takes one too
(optional)."""

from __future__ import annotations

from pathlib import Path

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.bot.console.console_client import console_world, post_form
from tests.unit.bot.console.people_shop import open_shop, sent_since
from tests.unit.handlers.sharer_payout import sharer_asked

AVAILABLE_AGAIN = "went back to your balance: your available balance is now ¥{balance} (/earnings)"


async def test_a_rejected_payouts_reason_reaches_the_member() -> None:
    factory = FakeUnitOfWorkFactory()
    chat = await sharer_asked(factory)

    answer = await chat.say("guanli", "提现审核 拒绝 1 收款账号不对", private=True)
    assert chat.said(answer) == (
        "已拒绝给 Ahua 的提现 #1（¥44），金额退回其可提现余额。已告诉 Ahua 原因：收款账号不对"
        "\n收款账号 微信 ahua8 已停用：下次提现要重新写上收款账号。"  # the reason faults the account
    )
    assert chat.private(answer)["ahua"] == (
        "你的提现 #1（¥44）被拒绝，金额已退回余额，你现在的可提现余额是 ¥44（我的收益）。原因：收款账号不对"
        "\n下次提现请写上收款账号：微信 ···a8 不再自动使用。"
        "例如“提现 微信 新的微信号”；微信 ···a8 没错的话就发“提现 微信 ahua8”。"
    )
    assert "可提现：¥44" in chat.said(await chat.say("ahua", "我的收益", private=True))

    await chat.say("ahua", "/payout wechat w8", private=True)
    answer = await chat.say("guanli", "/payouts reject 2 wrong account", private=True)
    assert chat.said(answer).startswith("Payout #2 to Ahua (¥44) rejected")
    assert chat.said(answer).endswith(
        "Ahua was told why: wrong account"
        "\nTheir account WeChat w8 is no longer used by itself: their next request must name one."
    )
    told = chat.private(answer)["ahua"]  # ahua asked in English this time: told in English
    again = AVAILABLE_AGAIN.format(balance=44)
    assert told == f"Your payout #2 of ¥44 was rejected and {again}. Reason: wrong account" + (
        "\nNext time name the account with your request: WeChat ···8 is no longer used by itself. "
        "E.g. /payout wechat your-new-ID; if WeChat ···8 was right, /payout wechat w8."
    )
    # only a rejection takes words after its number
    for typed, usage in (
        ("提现审核 批准 3 好的", "发「提现审核」"),
        ("/payouts approve 3 ok", "Send /payouts"),
    ):
        assert chat.said(await chat.say("guanli", typed, private=True)).startswith(usage), typed


async def test_the_consoles_reject_form_passes_its_reason_on(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        await open_shop(world)  # Bob has ¥10 available
        await world.say("bob", "bob", "/payout wechat w8", private=True)
        admin = await world.admin()
        assert 'name="reason"' in (await admin.get("/payouts")).text
        before = len(await world.outbox_rows())
        response = await post_form(admin, "/payouts/1/reject", {"reason": "wrong  account"})
        assert response.status_code == 303
        page = (await admin.get("/payouts")).text
        assert "Bob was told why: wrong account" in page
        told = [reply["text"] for _, reply in sent_since((await world.outbox_rows())[before:])]
        again = AVAILABLE_AGAIN.format(balance=10)
        note = (
            "\nNext time name the account with your request: WeChat ···8 is no longer used by itself. "
            "E.g. /payout wechat your-new-ID; if WeChat ···8 was right, /payout wechat w8."
        )
        assert told == [f"Your payout #1 of ¥10 was rejected and {again}. Reason: wrong account{note}"]

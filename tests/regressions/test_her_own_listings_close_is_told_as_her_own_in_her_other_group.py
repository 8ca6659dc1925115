"""Session 23 B 2: the close of Amy's own group buy, listed by her in her second group (no help-seller
there), was reported as told there in the help-seller's wording. Checked (not reproduced in session 23):
the second group reads the group buy's own close, with its own orders and units and Amy to pay, at the
deadline as at her `截单` (there or in her group), succeeded or failed; she, who is no help-seller, gets
no `你帮卖的…` notice, only her summary with every group's figures (one message since session 24).
Kept so that it stays so."""

from __future__ import annotations

import pytest

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

CASES = {
    "zh": {
        "open": "接龙 芒果 价格 100 成团 {target} 截止 2小时",
        "list": "帮卖 #1",
        "close": "截单 #1",
        "succeeded": "✅ 芒果（#1）成团了：¥100/份，共 1 个订单、2 份。怎么付款请问团长 Amy，"
        "付完发“我已付款”加你的订单号（例如 我已付款 1-1），团长确认收款。"
        "每位买家的订单已私信发送；收不到私信的会在群里收到提示。",
        "total": "\n各群：开团群 1 个订单、1 份；公司群 1 个订单、2 份（每个群里只公布本群的订单和份数）。",
        "summary": (
            "已截单：芒果（#1）成团了，¥100/份，共 2 个订单、3 份，应收 ¥300。"
            "群里已通知，每位买家的订单已私信发送（收不到私信的会在群里收到提示）。"
            "收到付款后发“已收”加订单号确认（例如 已收 1-1），群里或这里都可以。"
            "\n还没有设置收款方式，买家只能来问你：发 收款方式 #1 微信 你的微信号"
            "（写你自己的方式和账号）设置，还没付款的买家都会收到通知。"
            "\n还没有设置自提点：发 自提 #1 小区南门 明天下午5点"
            "（写你自己的地点和时间）设置。"
        ),
        "failed": "❌ 芒果（#1）未达到成团数量（3/9），不收任何款项。",
        "failed_summary": "⏰ 芒果（#1）到了截止时间，未达到成团数量（3/9），没有成团："
        "不生成订单，谁都不用付款，也没有要退的款。群里已通知。",
    },
    "en": {
        "open": "/groupbuy Mangoes price 100 target {target} ends 2h",
        "list": "/helpsell #1",
        "close": "/close #1",
        "succeeded": "✅ Mangoes (#1) succeeded at ¥100 each: 1 order, 2 units. Ask the organiser Amy "
        "how to pay, then send /ipaid with your order number (e.g. /ipaid 1-1); "
        "they confirm it. Each buyer's order was sent in a private "
        "message; anyone I cannot message is told in the group.",
        "total": "\nBy group: 1 order, 1 unit in the group buy's own group; 1 order, 2 units in Office "
        "(each group is told only its own orders and units).",
        "summary": (
            "Closed: Mangoes (#1) succeeded at ¥100 each: 2 orders, 3 units, ¥300 to collect. "
            "The group was told and each buyer's order was sent privately "
            "(anyone I cannot message is told in the group). "
            "When a buyer pays you, confirm it with /paid and the order "
            "number (e.g. /paid 1-1), here or in the group."
            "\nNo way to pay is set, so buyers have to ask you: set it "
            "with /payment #1 PayPal you@example.com "
            "(your own method and account); each buyer who owes is told."
            "\nNo pickup is set: set it with /pickup #1 Gate 3 tomorrow 17:00 (your own place and time)."
        ),
        "failed": "❌ Mangoes (#1) did not reach its target (3/9). Nobody is charged.",
        "failed_summary": "⏰ Mangoes (#1) reached its deadline below its target (3/9), so it did not go "
        "ahead: no orders were made, nobody owes anything and there is nothing to refund. "
        "The group was told.",
    },
}


async def _listed_by_her(lang: str, target: int, factory: FakeUnitOfWorkFactory, clock: FakeClock) -> Chat:
    words = CASES[lang]
    family, office = two_groups(title="公司群" if lang == "zh" else "Office", factory=factory, clock=clock)
    await family.say("amy", words["open"].format(target=target))
    await office.say("amy", words["list"])
    await office.say("cat", "+2")
    await family.say("bob", "+1")
    return office


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("where", ["office", "family"])
async def test_her_close_is_told_in_her_other_group_as_her_own(lang: str, where: str) -> None:
    words = CASES[lang]
    office = await _listed_by_her(lang, 3, FakeUnitOfWorkFactory(), FakeClock())
    chat = office if where == "office" else Chat(office.app, chat_id="family")

    closed = await chat.say("amy", words["close"])

    assert [reply.text for reply in closed if reply.chat_id == "office" and reply.text] == [
        words["succeeded"]
    ]
    # one message: her summary, each group's figures under it (session 24: no separate `📊 …各群合计`)
    to_her = [reply.text for reply in closed if reply.private_to == "amy"]
    assert to_her == [words["summary"] + words["total"]]


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("target", [3, 9])
async def test_her_close_at_the_deadline_is_told_in_her_other_group_as_her_own(
    lang: str, target: int
) -> None:
    words = CASES[lang]
    clock = FakeClock()
    office = await _listed_by_her(lang, target, FakeUnitOfWorkFactory(), clock)
    clock.advance(hours=3)

    closed = await office.app.expire(1)

    told = [reply.text for reply in closed if reply.chat_id == "office" and reply.text]
    assert told == [words["succeeded"] if target == 3 else words["failed"]]
    to_her = [reply.text for reply in closed if reply.private_to == "amy"]
    # her summary (what she collects, each group's figures), once; failed: what happened (session 24); no
    # help-seller's notice
    assert to_her == ([words["summary"] + words["total"]] if target == 3 else [words["failed_summary"]])

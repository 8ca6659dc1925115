"""rep97 finding 2: Cat's commission on #1 was freed first, then #2's; she asked for all of it, a refund
of one #2 order took its commission back while that payout waited, the payout was rejected, and her next
payout (the rest) was paid. The organiser's `提现审核` (the console's 提现 page) put the whole payout on
#2 (`#2 … 已提现 ¥35`, more than #2 left her) and nothing on #1, while Cat's own `我的收益` said #1's
order was paid out in it. A rejected payout's money comes back order by order, each first covering what
was taken back of that same order while the payout held it; the next payout draws the oldest freed
first: #1 ¥15 and #2 ¥20, as Cat reads."""

from __future__ import annotations

import re

from tests.unit.handlers.conftest import Chat, fake_chat

CODE = re.compile(r"(?:团|(?<![\w#-]))\d+-[2-9A-HJKMNP-Z]{4}")


async def _code(chat: Chat) -> str:
    found = CODE.search(chat.shared(await chat.say("mei", "分享")))
    assert found is not None
    return found.group(0)


async def _paid_out_after_a_rejection() -> Chat:
    """Ann's #1 (¥30, sharers 50%: Bob, Mei's ¥15) and #2 (¥40, 50%: Dan and Fay, Mei's ¥20 each), all
    paid and picked up in that order; Mei asks for all ¥55, Dan's #2-1 is refunded, Eve rejects the
    payout, Mei asks for the ¥35 left, Eve approves and pays it."""
    chat = fake_chat(default_language="zh", payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("ann", "接龙 芒果 价格 30")
    await chat.say("ann", "佣金 50%")
    await chat.say("bob", f"+1 {await _code(chat)}")
    await chat.say("ann", "截单 #1", private=True)
    await chat.say("ann", "已收 1-1")
    await chat.say("ann", "已取 1-1")
    await chat.say("ann", "接龙 榴莲 价格 40")
    await chat.say("ann", "佣金 50%")
    code = await _code(chat)
    await chat.say("dan", f"+1 {code}")
    await chat.say("fay", f"+1 {code}")
    await chat.say("ann", "截单 #2", private=True)
    for n in (1, 2):
        await chat.say("ann", f"已收 2-{n}")
        await chat.say("ann", f"已取 2-{n}")
    await chat.say("mei", "提现 55 微信 m8", private=True)
    await chat.say("ann", "退款 2-1", private=True)
    await chat.say("eve", "提现审核 拒绝 1", private=True)
    await chat.say("mei", "提现 35 微信 m8", private=True)
    await chat.say("eve", "提现审核 批准 2", private=True)
    await chat.say("eve", "提现审核 已付 2", private=True)
    return chat


async def test_the_organisers_table_puts_the_payout_on_the_oldest_freed_first() -> None:
    chat = await _paid_out_after_a_rejection()
    listed = chat.said(await chat.say("ann", "提现审核", private=True))
    assert listed.splitlines()[1:4] == [
        "• #2 榴莲 · Mei：佣金 ¥40，已提现 ¥20，已扣回 ¥20",
        "• #1 芒果 · Mei：佣金 ¥15，已提现 ¥15",
        "合计（2 个团）：佣金 ¥55，已提现 ¥35，已扣回 ¥20",
    ], listed


async def test_as_the_earners_own_earnings_say() -> None:
    chat = await _paid_out_after_a_rejection()
    earnings = chat.said(await chat.say("mei", "我的收益", private=True))
    lines = {line.split("：")[0].strip("• "): line for line in earnings.splitlines() if "：" in line}
    assert "已随提现 #2 付给你" in lines["#1-1 芒果（Bob）"], earnings
    assert "已随提现 #2 付给你" in lines["#2-2 榴莲（Fay）"], earnings


async def test_a_rejected_payouts_money_goes_back_before_what_was_freed_since() -> None:
    """Mei asks for #1's ¥15, #2-1's ¥20 is freed while it waits, the payout is rejected, she asks for
    ¥20 and is paid: #1's ¥15 first (freed first), then ¥5 of #2's."""
    chat = fake_chat(default_language="zh", payout_admins=frozenset({"eve"}), payout_minimum=1)
    await chat.say("ann", "接龙 芒果 价格 30")
    await chat.say("ann", "佣金 50%")
    await chat.say("bob", f"+1 {await _code(chat)}")
    await chat.say("ann", "截单 #1", private=True)
    await chat.say("ann", "已收 1-1")
    await chat.say("ann", "已取 1-1")
    await chat.say("ann", "接龙 榴莲 价格 40")
    await chat.say("ann", "佣金 50%")
    await chat.say("dan", f"+1 {await _code(chat)}")
    await chat.say("ann", "截单 #2", private=True)
    await chat.say("mei", "提现 15 微信 m8", private=True)
    await chat.say("ann", "已收 2-1")
    await chat.say("ann", "已取 2-1")
    await chat.say("eve", "提现审核 拒绝 1", private=True)
    await chat.say("mei", "提现 20 微信 m8", private=True)
    await chat.say("eve", "提现审核 批准 2", private=True)
    await chat.say("eve", "提现审核 已付 2", private=True)

    listed = chat.said(await chat.say("ann", "提现审核", private=True))
    assert listed.splitlines()[1:3] == [
        "• #2 榴莲 · Mei：佣金 ¥20，已提现 ¥5",
        "• #1 芒果 · Mei：佣金 ¥15，已提现 ¥15",
    ], listed
    earnings = chat.said(await chat.say("mei", "我的收益", private=True))
    assert "已随提现 #2 付给你" in next(line for line in earnings.splitlines() if "#1-1" in line), earnings

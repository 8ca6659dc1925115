"""Review 96 #12: `取消 #9 确认 供应商缺货` told the buyers `原因：供应商缺货`, but the member
waiting read only `杨梅（#9）已取消，你候补的 1 份不再排队。`, and the group line `候补未补上：R6 ×1。`
read as if her wait might have been filled. The waiter now reads the reason as the buyers do, and the
group line says the waits end."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_waiter_reads_the_reason_the_buyers_read() -> None:
    chat = fake_chat()
    await chat.say("amy", "接龙 杨梅 价格 30 库存 1 截止 3d")
    await chat.say("bob", "+1")
    await chat.say("cat", "候补 1")

    called_off = await chat.say("amy", "取消 #1 确认 供应商缺货")

    private = chat.private(called_off)
    assert private["bob"].endswith("\n原因：供应商缺货"), private["bob"]
    assert private["cat"] == "杨梅（#1）已取消，你候补的 1 份不再排队。\n原因：供应商缺货"
    group = chat.said(called_off)
    assert group.endswith("原因：供应商缺货\n候补的不再排队：Cat ×1。"), group
    assert "候补未补上" not in group


async def test_in_english_and_without_a_reason() -> None:
    chat = fake_chat(default_language="en")
    await chat.say("ken", "/groupbuy Tea price 5 stock 1")
    await chat.say("lou", "+1")
    await chat.say("rex", "/waitlist 1")

    called_off = await chat.say("ken", "/cancel #1 confirm")

    assert chat.private(called_off)["rex"] == "Tea (#1) was called off, so your wait for 1 ends here."
    assert chat.said(called_off).endswith("\nNo longer on the waiting list: Rex ×1."), chat.said(called_off)

"""Session 10: Amy's `/mine` footer pointed to "/list #6", her newest group buy, which had FAILED (nobody
pays for it). It points to her newest open or succeeded one; with none, it is left out."""

from __future__ import annotations

from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import fake_chat


async def test_my_group_buys_footer_skips_a_called_off_group_buy() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 榴莲 ¥30")
    await chat.say("cat", "+1")
    await chat.say("amy", "截单")
    await chat.say("amy", "接龙 芒果 ¥30 成团 5")
    await chat.say("amy", "取消 #2")

    listed = chat.said(await chat.say("amy", "我的团", private=True))

    assert listed.splitlines()[-1] == "谁付了款：在这里发 名单 #1 · 导出表格：导出 #1"


async def test_my_group_buys_without_any_with_payers_has_no_footer() -> None:
    chat = fake_chat(FakeUnitOfWorkFactory(), clock=FakeClock())
    await chat.say("amy", "接龙 芒果 ¥30 成团 5")
    await chat.say("amy", "取消 #1")

    listed = chat.said(await chat.say("amy", "我的团", private=True))

    assert "名单 #" not in listed
    assert listed.splitlines()[-1] == "#1 芒果 · 已取消 · 0 份，0 个订单 · 已收 ¥0，待收 ¥0"

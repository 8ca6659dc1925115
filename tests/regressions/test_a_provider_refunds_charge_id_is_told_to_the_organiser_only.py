"""Amy refunded Bob's order paid through Telegram's payment provider with `/refund @bob` in the group:
the group read `Order #1-1 of Bob is marked refunded (¥100). Complete the refund with your payment
provider (charge provider-ch-bob).`, the charge id of Bob's payment posted to every member. The group
now reads the refund without it; Amy is told privately to complete the refund with the provider, with
the charge id (in her private chat with the bot the answer itself says it; an admin's refund tells her
privately too)."""

from __future__ import annotations

from typing import cast

from commerce.ports import UnitOfWorkFactory
from handlers.app import AppConfig, ChatApp
from handlers.types import ChatKind, Reply, Request
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.unit.handlers.conftest import Chat
from tests.unit.handlers.test_payments_checkout import SECRET, pay

CHARGE = "provider-ch-bob"


async def _paid_online(language: str = "en") -> Chat:
    """Amy's Durian (¥100, target 2) closed; Bob's order #1-1 paid through the provider."""
    config = AppConfig(default_language=language, online_payment=True, payment_secret=SECRET)
    app = ChatApp(
        uow_factory=cast(UnitOfWorkFactory, FakeUnitOfWorkFactory()), clock=FakeClock(), config=config
    )
    chat = Chat(app)
    await chat.say("amy", "/groupbuy Durian price 100 target 2")
    await chat.say("bob", "+1")
    await chat.say("cat", "+2 flat 502")
    await chat.say("amy", "/close")
    await pay(chat, "bob", 1, "ch-bob", currency="CNY")
    return chat


def _in_groups(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies if reply.text and not reply.private_to)


async def test_the_group_reads_the_refund_without_the_charge_id() -> None:
    chat = await _paid_online()
    replies = await chat.say("amy", "/refund @bob")
    assert chat.said(replies) == ("Order #1-1 of Bob is refunded. Bob was told privately.")
    assert CHARGE not in _in_groups(replies)
    assert chat.private(replies) == {
        "amy": "Order #1-1 of Bob (Durian, ¥100) is marked refunded. Complete the refund with your "
        "payment provider (charge provider-ch-bob).",
        "bob": "Order #1-1 (Durian) was refunded: Amy sends ¥100 back through the payment provider.",
    }


async def test_in_chinese_the_group_reads_it_without_the_charge_id_too() -> None:
    chat = await _paid_online("zh")
    replies = await chat.say("amy", "退款 1-1")
    # the group reads its own card's language (Durian's is English: rep84 #11), she reads hers privately
    assert chat.said(replies) == "Order #1-1 of Bob is refunded. Bob was told privately."
    assert chat.private(replies)["amy"] == (
        "Bob 的订单 #1-1（Durian，¥100）已标记为退款。请到支付服务商完成退款（交易号 provider-ch-bob）。"
    )


async def test_an_admins_refund_tells_the_organiser_privately() -> None:
    chat = await _paid_online()
    request = Request("test", chat.chat_id, "eve", "Eve", text="/refund 1-1", is_admin=True)
    replies = await chat.app.handle(request)
    assert chat.said(replies) == ("Order #1-1 of Bob is refunded. Bob was told privately.")
    assert CHARGE not in _in_groups(replies)
    assert chat.private(replies)["amy"] == (
        "Order #1-1 of Bob (Durian, ¥100) is marked refunded. Complete the refund with your "
        "payment provider (charge provider-ch-bob)."
    )
    assert "¥100" in chat.private(replies)["eve"]  # the amount: to the admin who typed it, privately (s30)
    assert CHARGE not in chat.private(replies)["eve"]  # the charge id is the organiser's alone


async def test_a_refund_in_her_private_chat_answers_her_with_the_charge_id() -> None:
    chat = await _paid_online()
    request = Request("test", "amy", "amy", "Amy", chat_kind=ChatKind.PRIVATE, text="/refund 1-1")
    replies = await chat.app.handle(request)
    [answer] = [reply for reply in replies if reply.text and reply.private_to is None]
    assert answer.chat_id in (None, "amy")
    assert answer.text == (
        "Order #1-1 of Bob (Durian, ¥100) is marked refunded. Complete the refund with your "
        "payment provider (charge provider-ch-bob)."
    )
    assert "amy" not in chat.private(replies)  # said once, as her answer

"""rep97 finding 5: after her payout to `alipay bea@ali.cn` was rejected for a wrong account, Bea read
`…alipay bea@ali.cn is no longer used by itself… if alipay bea@ali.cn was right, /payout alipay
bea@ali.cn.`, and her bare `/payout` said `Your last payout, #2 to alipay bea@ali.cn, was rejected…`:
the account in full, its method in lower case, in plain prose. Every message names a payout account
one way, `Alipay ···i.cn`, in full only inside the command to send."""

from __future__ import annotations

from tests.fakes import FakeUnitOfWorkFactory
from tests.unit.handlers.sharer_payout import sharer_asked


async def test_the_rejection_notice_names_it_by_its_end() -> None:
    chat = await sharer_asked(FakeUnitOfWorkFactory(), "/payout alipay bea@ali.cn")
    told = chat.private(await chat.say("guanli", "提现审核 拒绝 1 支付宝账号错了", private=True))["ahua"]
    assert told.endswith(
        "\nNext time name the account with your request: Alipay ···i.cn is no longer used by itself. "
        "E.g. /payout wechat your-new-ID; if Alipay ···i.cn was right, /payout alipay bea@ali.cn."
    ), told


async def test_a_bare_payout_after_it_names_it_by_its_end() -> None:
    chat = await sharer_asked(FakeUnitOfWorkFactory(), "/payout alipay bea@ali.cn")
    await chat.say("guanli", "提现审核 拒绝 1 支付宝账号错了", private=True)
    bare = chat.said(await chat.say("ahua", "/payout", private=True))
    assert bare.startswith("Your last payout, #1 to Alipay ···i.cn, was rejected"), bare
    assert bare.endswith(
        "if Alipay ···i.cn was right after all, name it again: /payout alipay bea@ali.cn."
    ), bare
    zh = chat.said(await chat.say("ahua", "提现", private=True))
    assert zh.startswith("你上次的提现 #1（打到 支付宝 ···i.cn）被拒绝了"), zh
    assert zh.endswith("支付宝 ···i.cn 其实没错的话，照原样再写一遍：“提现 alipay bea@ali.cn”。"), zh

"""s38: a bare `分享` in a group weighs the group buys it help-sells (帮卖, listed there from another
group) as its own: all of them sold out, each is named and no code handed out; her own group's sold out
and the help-sold one open, the help-sold one is shared (its listing's code) and the other named sold out."""

from __future__ import annotations

from handlers.types import Reply
from tests.helpsell_chats import help_sold


def _sent(replies: list[Reply], to: str) -> str:
    sent = [reply.text for reply in replies if reply.text and reply.private_to == to]
    assert len(sent) == 1, replies
    return sent[0]


async def test_every_one_sold_out_counts_the_help_sold_one() -> None:
    _, office = await help_sold("接龙 芒果 价格 35 库存 1", seller="bob")
    await office.say("cat", "接龙 牛奶 价格 5 库存 1")
    await office.say("dan", "+1 #2")
    await office.say("eve", "+1 #1")

    sent = _sent(await office.say("eve", "分享"), "eve")

    assert sent == (
        "「公司群」里在接龙的 2 个团都已经卖完了：#2 牛奶、#1 芒果。现在分享出去，朋友也买不到，"
        "所以这次没有发分享码。等空出名额后再发“分享”。"
    )


async def test_the_help_sold_one_open_is_shared_beside_a_sold_out_one_of_the_group() -> None:
    _, office = await help_sold("接龙 芒果 价格 35 库存 5", seller="bob")
    await office.say("cat", "接龙 牛奶 价格 5 库存 1")
    await office.say("eve", "+1 #2")

    sent = _sent(await office.say("eve", "分享"), "eve")

    assert sent.startswith("你的芒果（#1）分享码：团1-"), sent
    assert sent.endswith("\n#2 牛奶 已经卖完了，朋友现在买不到，所以没有发它的分享码。"), sent
    numbered = _sent(await office.say("eve", "分享 #1"), "eve")
    assert numbered.split("\n")[0] == sent.split("\n")[0]  # the office listing's code, as `分享 #1` there

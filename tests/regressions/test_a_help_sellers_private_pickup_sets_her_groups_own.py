"""帮卖 (s28): a help-seller's `自提 #1 …` in her private chat with the bot could not reach her group's own
pickup (#1 is not hers: "找不到"). In private, one who help-sells #1 in one group now sets that group's
pickup, the group told; selling it in several, she is told to send it in the group meant, naming them,
nothing changed. The organiser in private still sets the group buy's own pickup."""

from __future__ import annotations

from commerce.domain.listings import card_key
from handlers.types import Reply
from tests.fakes import FakeClock, FakeUnitOfWorkFactory
from tests.helpsell_chats import two_groups
from tests.unit.handlers.conftest import Chat

LOBBY_ZH = "2号楼大堂 · 11月24日 周二 17:00"
GATE_ZH = "北门 · 11月24日 周二 18:00"


def in_chats(replies: list[Reply]) -> dict[str | None, str]:
    return {r.chat_id: r.text for r in replies if r.text and not r.private_to}


async def listed(lang: str = "zh") -> tuple[Chat, Chat]:
    """Amy's 苹果 #1 in her group (pickup 北门 tomorrow 18:00), Sue help-selling it in qun2."""
    family, qun2 = two_groups("qun2", "二号群", factory=FakeUnitOfWorkFactory(), clock=FakeClock())
    await family.say("amy", "接龙 苹果 价格 20 成团 1")
    await family.say("amy", "自提 北门 明天下午6点")
    await family.say("amy", "帮卖 开 10%")
    if lang == "en":
        qun2.admins = {"sue"}
        await qun2.say("sue", "/lang en")
    await qun2.say("sue", "帮卖 #1")
    return family, qun2


async def test_the_help_sellers_private_pickup_sets_her_groups_own_and_tells_it() -> None:
    family, qun2 = await listed()

    replies = await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点", private=True)

    answer = [r.text for r in replies if r.text and r.chat_id is None and not r.private_to]
    assert answer == [
        f"好的，苹果（#1）的自提：{LOBBY_ZH}\n只改了 二号群 的自提，其他群照旧；已告诉 二号群。"
    ]
    assert "2号楼大堂" in in_chats(replies)["qun2"], replies
    assert "family" not in in_chats(replies)
    assert f"自提：{LOBBY_ZH}" in await qun2.card(card_key(1))
    assert f"自提：{GATE_ZH}" in await family.card(1)


async def test_selling_it_in_two_groups_she_is_told_to_send_it_in_the_group_meant() -> None:
    family, qun2 = await listed()
    qun3 = Chat(family.app, chat_id="qun3", title="三号群")
    await qun3.say("sue", "帮卖 #1")

    replies = await qun2.say("sue", "自提 #1 2号楼大堂 明天下午5点", private=True)

    assert Chat.said(replies) == (
        "你在 2 个群帮卖 苹果（#1）：二号群 / 三号群，没有任何改动。"
        "请到要改自提的那个群里发：自提 #1 2号楼大堂 明天下午5点"
    )
    assert "2号楼大堂" not in await qun2.card(card_key(1))
    assert "2号楼大堂" not in await qun3.card(card_key(2))


async def test_the_organiser_in_private_still_sets_the_group_buys_own() -> None:
    family, qun2 = await listed()

    replies = await family.say("amy", "自提 #1 南门 明天下午6点", private=True)

    assert in_chats(replies)[None] == (  # a change, the groups told (rep68 #8)
        "好的，苹果（#1）的自提改为：南门 · 11月24日 周二 18:00"
        "（原 北门 · 11月24日 周二 18:00），已告诉买家自提改了。"
    )
    assert "自提：南门" in await family.card(1)
    assert "自提：南门" in await qun2.card(card_key(1))


async def test_in_english_the_help_seller_is_told_which_group_changed() -> None:
    family, qun2 = await listed("en")

    replies = await qun2.say("sue", "/pickup #1 Lobby 2 tomorrow 5pm", private=True)

    assert "family" not in in_chats(replies)
    assert f"自提：{GATE_ZH}" in await family.card(1)

    answer = [r.text for r in replies if r.text and r.chat_id is None and not r.private_to]
    assert answer == [
        "Pickup for 苹果 (#1): Lobby 2 · Tue 24 Nov 17:00\n"
        "Only 二号群's pickup changed (the group was told); the other groups keep theirs."
    ]
    assert "Lobby 2 · Tue 24 Nov 17:00" in in_chats(replies)["qun2"]


async def test_in_english_selling_it_in_two_groups_names_them() -> None:
    family, qun2 = await listed("en")
    qun3 = Chat(family.app, chat_id="qun3", title="Third")
    await qun3.say("sue", "帮卖 #1")

    replies = await qun2.say("sue", "/pickup #1 Lobby 2 tomorrow 5pm", private=True)

    assert Chat.said(replies) == (
        "You help-sell 苹果 (#1) in 2 groups: 二号群 / Third. Nothing was changed. "
        "Send it in the group whose pickup it is: /pickup #1 Lobby 2 tomorrow 5pm"
    )


async def test_her_private_edit_of_the_pickup_sets_her_groups_own_too() -> None:
    family, qun2 = await listed()

    replies = await qun2.say("sue", "修改 #1 自提 2号楼大堂 明天下午5点", private=True)

    answer = [r.text for r in replies if r.text and r.chat_id is None and not r.private_to]
    assert answer == [
        f"好的，苹果（#1）的自提：{LOBBY_ZH}\n只改了 二号群 的自提，其他群照旧；已告诉 二号群。"
    ]
    assert f"自提：{LOBBY_ZH}" in await qun2.card(card_key(1))
    assert f"自提：{GATE_ZH}" in await family.card(1)


async def test_her_private_edit_in_two_groups_says_the_pickup_command_to_send_there() -> None:
    family, qun2 = await listed()
    qun3 = Chat(family.app, chat_id="qun3", title="三号群")
    await qun3.say("sue", "帮卖 #1")

    replies = await qun2.say("sue", "修改 #1 自提 2号楼大堂 明天下午5点", private=True)

    assert Chat.said(replies).endswith("请到要改自提的那个群里发：自提 #1 2号楼大堂 明天下午5点")

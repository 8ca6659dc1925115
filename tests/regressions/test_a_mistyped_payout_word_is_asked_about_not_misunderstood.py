"""Review 76 (finding 7): `体现` (the commonest pinyin slip for 提现) and the admin's `提现审合` (for
提现审核) got `我没看懂…`, though `/payuot` gets "Did you mean /payout?". In a private chat they are now
asked about, her words kept, nothing done: `是想发“提现”吗？没有任何改动。`; in a group `体现` stays talk."""

from __future__ import annotations

from tests.unit.handlers.conftest import fake_chat


async def test_the_members_slip_is_asked_about_with_her_words_kept() -> None:
    chat = fake_chat()

    bare = chat.said(await chat.say("mei", "体现", private=True))
    named = chat.said(await chat.say("mei", "体现 微信 mei888", private=True))

    assert bare == "是想发“提现”吗？没有任何改动。"
    assert named == "是想发“提现 微信 mei888”吗？没有任何改动。"
    assert await chat.say("mei", "体现", private=False) == []  # a word in a group: talk


async def test_the_admins_slip_is_asked_about() -> None:
    chat = fake_chat(payout_admins=frozenset({"boss"}))

    said = chat.said(await chat.say("boss", "提现审合 批准 2", private=True))
    bare = chat.said(await chat.say("boss", "提现审合", private=True))
    member = chat.said(await chat.say("mei", "提现审合", private=True))

    assert said == "是想发“提现审核 批准 2”吗？没有任何改动。"
    assert bare == "是想发“提现审核”吗？没有任何改动。"
    assert member.startswith("我没看懂")  # not hers: as before


async def test_in_english_the_command_is_suggested() -> None:
    chat = fake_chat(payout_admins=frozenset({"boss"}))
    await chat.say("mei", "/lang en", private=True)
    await chat.say("boss", "/lang en", private=True)

    member = chat.said(await chat.say("mei", "体现", private=True))
    admin = chat.said(await chat.say("boss", "提现审合 approve 2", private=True))

    assert member == "Did you mean /payout? Nothing was changed."
    assert admin == "Did you mean /payouts approve 2? Nothing was changed."

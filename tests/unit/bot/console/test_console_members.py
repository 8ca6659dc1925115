"""Members: the list and a member's profile (orders, notes, trust per chat, commission), each organiser
seeing only their own chats' members; stopping a member posting notes is the chat's `/mute`, told to
the chat and to the member, audited."""

from __future__ import annotations

import html
import json

from tests.unit.bot.console.console_client import ConsoleWorld, post_form
from tests.unit.bot.console.people_shop import open_shop, sent_since


async def test_an_admin_sees_every_member_and_an_organiser_only_their_chats(world: ConsoleWorld) -> None:
    await open_shop(world)
    admin = (await (await world.admin()).get("/members")).text
    for name in ("Amy", "Bob", "Cat", "Dan", "Eve"):
        assert f'">{name}</a>' in admin
    amy = (await (await world.member("amy")).get("/members")).text
    assert '">Bob</a>' in amy and '">Cat</a>' in amy and '">Eve</a>' not in amy
    dan = await world.member("dan")
    page = (await dan.get("/members")).text
    assert '">Eve</a>' in page and '">Bob</a>' not in page  # Dan is in the family chat, but organises in work
    assert (await dan.get("/members/playground:bob")).status_code == 404
    assert (await dan.get("/members/playground:nobody")).status_code == 404


async def test_a_profile_shows_orders_notes_trust_and_commission(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    admin = await world.admin()
    bob = (await admin.get("/members/playground:bob")).text
    assert "<td>Family Group</td>" in bob and "<td>Newcomer</td>" in bob and "May post notes" in bob
    assert "<td>CNY</td><td>¥0</td><td>¥10</td>" in bob  # Bob's commission: available after the pickup
    assert f"<td>#{shop.bob_note}</td><td>Sweet mangoes, thin skin</td>" in bob
    dan = (await admin.get("/members/playground:dan")).text
    assert f">#{shop.mangoes}-1</a></td><td>Mangoes</td><td>Picked up</td><td>¥100</td>" in dan
    assert f"#{shop.plums}" not in dan  # Dan organises Plums, he did not buy any
    eve_by_amy = await (await world.member("amy")).get("/members/playground:eve")
    assert eve_by_amy.status_code == 404


async def test_an_organiser_sees_only_their_own_group_buys_orders_of_a_member(world: ConsoleWorld) -> None:
    shop = await open_shop(world)
    await world.say("work", "cat", "+1")  # Cat buys Plums too (Dan's)
    await world.say("work", "dan", "/close")
    await world.say("family", "dan", "hi")  # Dan is seen in the family chat as well
    dan = (await (await world.member("dan")).get("/members/playground:cat")).text
    assert "Plums" in dan and "Mangoes" not in dan
    assert "Family Group" not in dan  # only the chats Dan organises in
    amy = (await (await world.member("amy")).get("/members/playground:cat")).text
    assert f"#{shop.mangoes}-2" in amy and "Plums" not in amy


async def test_stopping_a_member_is_the_chats_mute_told_to_the_chat_and_the_member(
    world: ConsoleWorld,
) -> None:
    await open_shop(world)
    amy = await world.admin()  # the chat's rule: only admins stop a member (an organiser is refused)
    before = len(await world.outbox_rows())
    response = await post_form(amy, "/members/playground:bob/mute", {"chat": "family", "why": "adverts"})
    assert response.status_code == 303 and response.headers["location"] == "/members/playground:bob"
    page = (await amy.get("/members/playground:bob")).text
    assert "Bob may no longer post notes there; the chat and Bob were told." in page
    assert "Stopped from posting notes: adverts" in page
    sent = sent_since((await world.outbox_rows())[before:])
    texts = {(chat, reply["text"]) for chat, reply in sent}
    # in the chat's own language, as its card speaks (whatever the browser's; s36: the group's, not `禁言`'s)
    assert (
        "family",
        "Bob may no longer post notes here (nor comment; likes and joining are not affected).",
    ) in texts
    told = (
        "The admins of Family Group stopped you posting notes in that group. Why: adverts. "
        "Comments are stopped too; likes and joining are not affected."
    )
    assert ("bob", told) in texts  # Bob's own language: he last spoke English (`/share`, `/note …`)
    assert [reply.get("private_to") for chat, reply in sent if chat == "bob"] == ["bob"]
    [entry] = await world.audit_rows()
    assert (entry["actor"], entry["action"]) == ("console:root", "member.mute")
    assert entry["subject"] == "member:playground:bob@chat:family"
    assert json.loads(entry["after"]) == {"muted": True, "why": "adverts"}
    refused = await world.say("family", "bob", "/note Buy my stuff")
    assert any("adverts" in r.text for r in refused), [r.text for r in refused]  # the chat's own refusal

    response = await post_form(amy, "/members/playground:bob/unmute", {"chat": "family"})
    assert response.status_code == 303
    assert "May post notes" in (await amy.get("/members/playground:bob")).text
    assert [row["action"] for row in await world.audit_rows()] == ["member.mute", "member.unmute"]


async def test_a_bad_chat_or_a_long_reason_is_answered_next_to_the_field(world: ConsoleWorld) -> None:
    await open_shop(world)
    amy = await world.admin()  # only the shop's admins stop members here
    long_why = "spam " * 60
    response = await post_form(amy, "/members/playground:bob/mute", {"chat": "family", "why": long_why})
    assert response.status_code == 422
    assert 'class="field-error">A reason has at most 200 characters.' in response.text
    assert f'<input name="why" value="{long_why}" aria-invalid="true"' in response.text  # kept as typed
    response = await post_form(amy, "/members/playground:bob/mute", {"chat": "work", "why": "x"})
    assert response.status_code == 422
    assert "Choose one of the member&#39;s chats listed here. Nothing was changed." in response.text
    response = await post_form(amy, "/members/playground:bob/unmute", {"chat": "family"})
    assert response.status_code == 303  # not stopped: as asked already, said as done, no error (rep101 #11)
    page = (await amy.get("/members/playground:bob")).text
    assert "was not stopped from posting notes. Nothing changed." in html.unescape(page)
    assert await world.audit_rows() == []


async def test_another_organiser_cannot_stop_a_member_of_a_chat_not_theirs(world: ConsoleWorld) -> None:
    await open_shop(world)
    dan = await world.member("dan")
    before = len(await world.outbox_rows())
    response = await post_form(dan, "/members/playground:bob/mute", {"chat": "family", "why": "x"})
    assert response.status_code == 404
    assert len(await world.outbox_rows()) == before and await world.audit_rows() == []


async def test_the_pages_speak_chinese_to_a_chinese_browser(world: ConsoleWorld) -> None:
    await open_shop(world)
    amy = await world.member("amy")
    zh = {"accept-language": "zh-CN,zh;q=0.9"}
    page = (await amy.get("/members/playground:bob", headers=zh)).text
    assert "<h2>所在群</h2>" in page and "<td>新人</td>" in page and "可以发笔记" in page
    assert "<td>CNY</td><td>¥0</td><td>¥10</td>" in page
    assert "<h1>提现</h1>" in (await amy.get("/payouts", headers=zh)).text
    assert "只有管理员可以审核笔记" in (await amy.get("/moderation", headers=zh)).text  # admins' alone
    assert "没有可疑笔记。" in (await (await world.admin()).get("/moderation", headers=zh)).text

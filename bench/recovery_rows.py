#!/usr/bin/env python3
"""Monthly report files for every MSME of a Mitra SQLite database, for bench/recovery.sh.

Standard library only.

  recovery_rows.py --database FILE --out DIR [--from 2020-01] [--months 24] [--seed S]

Writes DIR/reports-YYYY-MM.csv, one file per month with a row for every live MSME, in the
columns `mitra import reports` reads (msme_id, month, status, revenue, currency,
paid_employees), and DIR/participations.csv, for `mitra import participations`: a share of the
firms (--joined, 5%) each taking part in one of its country's opportunities from a month of the
first eighteen, a few in a second. Each firm's revenue is its 2019 turnover's monthly share times a shock and
recovery path (a drop in April 2020 to about half, then a slow climb), times a level of its own,
with noise; a few firms close for a month or two, fewer for good. It is shaped like the demo's
reports, not a copy of them: the benchmark needs their volume, not their story.
"""

import argparse
import json
import os
import random
import sqlite3

CURRENCY = {"CA": "CAD", "IN": "INR", "GH": "GHS", "ID": "IDR", "MX": "MXN"}


def months(first, count):
    year, month = (int(part) for part in first.split("-"))
    for _ in range(count):
        yield f"{year:04d}-{month:02d}"
        month += 1
        if month == 13:
            year, month = year + 1, 1


def shock(index):
    """The sales index of month `index` (0 is January 2020) against the same month of 2019."""
    if index < 2:
        return 1.0
    if index == 2:
        return 0.75
    return min(1.0, 0.5 + 0.4 * (index - 3) / 20)


def firms(database):
    connection = sqlite3.connect(database)
    rows = connection.execute(
        "SELECT id, country, body FROM organizations WHERE kind = 'msme' AND archived_at IS NULL ORDER BY id"
    )
    for firm_id, country, body in rows:
        profile = json.loads(body).get("msme") or {}
        turnover, employees = None, None
        for figures in profile.get("figures", []):
            if figures.get("year") == 2019:
                turnover = (figures.get("turnover") or {}).get("amount")
                employees = figures.get("employees")
        yield firm_id, country, float(turnover) if turnover else None, employees


def opportunities(database):
    """The live opportunities' ids by country."""
    connection = sqlite3.connect(database)
    by_country = {}
    for opportunity_id, country in connection.execute(
        "SELECT id, country FROM opportunities WHERE archived_at IS NULL ORDER BY id"
    ):
        by_country.setdefault(country, []).append(opportunity_id)
    return by_country


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--from", dest="first", default="2020-01")
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--joined", type=float, default=0.05)
    args = parser.parse_args()
    random.seed(args.seed)
    calendar = list(months(args.first, args.months))
    outputs = [open(os.path.join(args.out, f"reports-{m}.csv"), "w", encoding="utf-8") for m in calendar]
    for out in outputs:
        out.write("msme_id,month,status,revenue,currency,paid_employees\n")
    offered = opportunities(args.database)
    participations = open(os.path.join(args.out, "participations.csv"), "w", encoding="utf-8")
    participations.write("msme_id,opportunity_id,month\n")
    joined = 0
    count = 0
    for firm_id, country, turnover, employees in firms(args.database):
        choices = offered.get(country, [])
        if choices and random.random() < args.joined:
            joined += 1
            taken = random.sample(choices, 2 if len(choices) > 1 and random.random() < 0.1 else 1)
            for opportunity_id in taken:
                participations.write(f"{firm_id},{opportunity_id},{random.choice(calendar[:18])}\n")
        currency = CURRENCY.get(country)
        monthly = (turnover or random.uniform(2e5, 2e6)) / 12
        level = random.lognormvariate(0, 0.15)
        staff = employees if employees is not None else random.randint(1, 9)
        closed_for_good = random.random() < 0.01
        for index, (month, out) in enumerate(zip(calendar, outputs)):
            if closed_for_good and index >= 6:
                out.write(f"{firm_id},{month},permanently_closed,0,{currency},0\n")
                continue
            if 3 <= index <= 4 and random.random() < 0.05:
                out.write(f"{firm_id},{month},temporarily_closed,0,{currency},{staff}\n")
                continue
            revenue = max(0.0, monthly * shock(index) * level * random.gauss(1, 0.08))
            staff = max(0, staff + random.choice((-1, 0, 0, 0, 0, 0, 0, 1)))
            status = "operating" if shock(index) > 0.7 else "reduced_operations"
            out.write(f"{firm_id},{month},{status},{revenue:.2f},{currency},{staff}\n")
        count += 1
    for out in outputs:
        out.close()
    participations.close()
    print(f"{count} firms, {len(calendar)} months, {joined} taking part in an opportunity")


if __name__ == "__main__":
    main()

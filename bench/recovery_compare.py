#!/usr/bin/env python3
"""Mitra's recovery dashboards against DuckDB computing the same tables, for bench/recovery.sh.

  recovery_compare.py --base URL --email E --password P --token T --reports CSV
                      --partnerships CSV [--times N]

For each dashboard below: the median and slowest of N sequential GETs of the HTML page
(/recovery, signed in as the manager) and of the JSON API (/api/v1/recovery, with a personal
token), one kept-alive connection each; then DuckDB (from PyPI) computing the same table from
the same rows (the reports' group and measure columns, exported from the SQLite file to CSV and
loaded into a DuckDB table first, which is timed apart, with the firms' partnerships): the
same sums, grouped by month and the split, with the same filters, median of N. A dashboard of
partnerships (narrowed to or split by a channel, partner or opportunity) counts each report
once per partnership its firm had by the report's month, joined in DuckDB; split and not
narrowed, it adds the firms not yet partnered as the group "". It checks that DuckDB's counts equal the API's,
row by row, and prints the table side by side.
"""

import argparse
import http.client
import json
import re
import statistics
import sys
import time
import urllib.parse

import duckdb

DASHBOARDS = [
    ("every firm, by month", ""),
    ("by country", "by=country"),
    ("by size class", "by=size_class"),
    ("by sector", "by=sector"),
    ("India, by region", "country=IN&by=region"),
    ("Mexico, partnered or not", "country=MX&by=partnered"),
    ("women-led, by size class", "women_led=true&by=size_class"),
    ("Ghana, manufacturing, a year", "country=GH&sector=C&from=2020-06&to=2021-06"),
    ("by channel taken part through", "by=channel"),
    ("by partner", "by=partner"),
    ("India, by opportunity", "country=IN&by=opportunity"),
    ("by programme", "by=programme"),
    ("market access, by size class", "channel=markets&by=size_class"),
]

GROUP = {
    None: "''",
    "country": "country",
    "region": "region_key",
    "sector": "sector",
    "size_class": "size_class",
    "women_led": "CAST(women_led AS TEXT)",
    "youth_led": "CAST(youth_led AS TEXT)",
    "partnered": "CAST(partnered AS TEXT)",
    "channel": "channel",
    "partner": "partner_id",
    "opportunity": "opportunity_id",
    "programme": "programme_id",
}

PARTNERSHIP_FILTERS = {
    "channel": "channel",
    "partner": "partner_id",
    "opportunity": "opportunity_id",
    "programme": "programme_id",
}

SUMS = [
    ("reports", "COUNT(*)"),
    ("operating", "SUM(CASE WHEN status = 'operating' THEN 1 ELSE 0 END)"),
    ("reduced_operations", "SUM(CASE WHEN status = 'reduced_operations' THEN 1 ELSE 0 END)"),
    ("temporarily_closed", "SUM(CASE WHEN status = 'temporarily_closed' THEN 1 ELSE 0 END)"),
    ("permanently_closed", "SUM(CASE WHEN status = 'permanently_closed' THEN 1 ELSE 0 END)"),
    ("reports_with_index", "SUM(CASE WHEN index_points IS NULL THEN 0 ELSE 1 END)"),
    ("index_points", "SUM(COALESCE(index_points, 0))"),
    ("reports_with_employees", "SUM(CASE WHEN paid_employees IS NULL THEN 0 ELSE 1 END)"),
    ("paid_employees", "SUM(COALESCE(paid_employees, 0))"),
    ("reports_with_jobs", "SUM(CASE WHEN jobs_maintained IS NULL THEN 0 ELSE 1 END)"),
    ("jobs_maintained", "SUM(COALESCE(jobs_maintained, 0))"),
    ("jobs_created", "SUM(COALESCE(jobs_created, 0))"),
]


def duckdb_sql(query):
    """The table the dashboard `query` shows, over the raw reports, and its bound values."""
    params = dict(urllib.parse.parse_qsl(query))
    by = params.pop("by", None)
    of_partnerships = by in PARTNERSHIP_FILTERS or any(name in params for name in PARTNERSHIP_FILTERS)
    conditions, values = [], []
    for name, column in [("country", "country"), ("sector", "sector"), ("size_class", "size_class")]:
        if name in params:
            conditions.append(f"{column} = ?")
            values.append(params[name].upper() if name != "size_class" else params[name])
    if "region" in params:
        conditions.append("region_key = ?")
        values.append(params["region"].strip().lower())
    for flag in ("women_led", "youth_led"):
        if flag in params:
            conditions.append(f"{flag} = ?")
            values.append(1 if params[flag] == "true" else 0)
    if "from" in params:
        conditions.append("month >= ?")
        values.append(params["from"] + "-01")
    if "to" in params:
        conditions.append("month <= ?")
        values.append(params["to"] + "-01")
    shared, shared_values = list(conditions), list(values)
    if "partnered" in params:
        if not of_partnerships:
            conditions.append("partnered = ?")
            values.append(1 if params["partnered"] == "true" else 0)
        elif params["partnered"] == "false":
            conditions.append("1 = 0")
    for name, column in PARTNERSHIP_FILTERS.items():
        if name in params:
            conditions.append(f"{column} = ?")
            values.append(params[name])
    source = "partnered" if of_partnerships else "reports"
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    group = "'1'" if of_partnerships and by == "partnered" else GROUP[by]
    keys = f"month, {group}" if by and not group.startswith("'") else "month"
    sums = ", ".join(expression for _, expression in SUMS)
    sql = f"SELECT month, {group} AS grp, {sums} FROM {source}{where} GROUP BY {keys}"
    narrowed = any(name in params for name in PARTNERSHIP_FILTERS)
    if by in PARTNERSHIP_FILTERS and not narrowed and params.get("partnered") != "true":
        # The firms not yet partnered, beside the groups.
        rest = " AND ".join(shared + ["partnered = 0"])
        sql += f" UNION ALL SELECT month, '' AS grp, {sums} FROM reports WHERE {rest} GROUP BY month"
        values += shared_values
    return f"{sql} ORDER BY month, grp", values, by


def timed(function, times):
    seconds = []
    result = None
    for _ in range(times):
        started = time.perf_counter()
        result = function()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds), max(seconds), result


def cookies(response, jar):
    """`jar` with the cookies `response` sets."""
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _, value = header.split(";")[0].partition("=")
        jar[name.strip()] = value
    return jar


def cookie_header(jar):
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def sign_in(connection, email, password):
    """The Cookie header of a session signed in as `email`."""
    connection.request("GET", "/sign-in")
    response = connection.getresponse()
    page = response.read().decode()
    jar = cookies(response, {})
    csrf = re.search(r'name="csrf" value="([^"]*)"', page).group(1)
    form = urllib.parse.urlencode({"csrf": csrf, "email": email, "password": password, "next": "/"})
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie_header(jar)}
    connection.request("POST", "/sign-in", body=form, headers=headers)
    response = connection.getresponse()
    response.read()
    if response.status != 303:
        sys.exit(f"signing in as {email} failed: {response.status}")
    return cookie_header(cookies(response, jar))


def get(connection, path, headers):
    connection.request("GET", path, headers=headers)
    response = connection.getresponse()
    body = response.read()
    if response.status != 200:
        sys.exit(f"GET {path}: {response.status} {body[:300]!r}")
    return body


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--reports", required=True, help="the reports' columns as CSV, with a header")
    parser.add_argument("--partnerships", required=True, help="the firms' partnerships as CSV, with a header")
    parser.add_argument("--times", type=int, default=10)
    args = parser.parse_args()
    database = duckdb.connect()
    started = time.perf_counter()
    # Empty text stands for "unknown" in the group columns, as in Mitra's tables, not NULL.
    text = ", ".join(f"COALESCE({c}, '') AS {c}" for c in ("country", "region_key", "sector", "size_class"))
    database.execute(
        f"CREATE TABLE reports AS SELECT * REPLACE ({text}) FROM read_csv(?, header = true, columns = {{"
        "'msme_id': 'VARCHAR', 'month': 'VARCHAR', 'country': 'VARCHAR', 'region_key': 'VARCHAR', 'sector': 'VARCHAR', "
        "'size_class': 'VARCHAR', 'women_led': 'INTEGER', 'youth_led': 'INTEGER', 'partnered': 'INTEGER', "
        "'status': 'VARCHAR', 'index_points': 'BIGINT', 'paid_employees': 'BIGINT', "
        "'jobs_maintained': 'BIGINT', 'jobs_created': 'BIGINT'})",
        [args.reports],
    )
    database.execute(
        "CREATE TABLE partnerships AS SELECT * FROM read_csv(?, header = true, columns = {"
        "'msme_id': 'VARCHAR', 'opportunity_id': 'VARCHAR', 'channel': 'VARCHAR', 'since': 'VARCHAR', "
        "'partner_id': 'VARCHAR', 'programme_id': 'VARCHAR'})",
        [args.partnerships],
    )
    # What a dashboard of partnerships counts: each report once per partnership its firm had by then.
    database.execute(
        "CREATE VIEW partnered AS SELECT r.*, p.opportunity_id, p.channel, p.partner_id, p.programme_id "
        "FROM reports r JOIN partnerships p ON p.msme_id = r.msme_id AND p.since <= r.month"
    )
    rows = database.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    loading = time.perf_counter() - started
    print(f"DuckDB {duckdb.__version__}: {rows:,} reports loaded from CSV in {loading:.1f} s (not counted below)")
    # A connection per series of requests: the server closes a kept-alive connection idle for
    # 10 s, as the API's would be while the pages are timed.
    address = urllib.parse.urlparse(args.base)
    connect = lambda: http.client.HTTPConnection(address.hostname, address.port, timeout=600)
    cookie = sign_in(connect(), args.email, args.password)
    bearer = {"Authorization": f"Bearer {args.token}"}
    print()
    header = f"{'dashboard':32} {'rows':>5} {'page p50':>9} {'page max':>9} {'API p50':>9} {'DuckDB p50':>11} {'page/DuckDB':>12}"
    print(header)
    print("-" * len(header))
    slowest = 0.0
    for name, query in DASHBOARDS:
        suffix = f"?{query}" if query else ""
        page_connection, api_connection = connect(), None
        page_p50, page_max, _ = timed(lambda: get(page_connection, f"/recovery{suffix}", {"Cookie": cookie}), args.times)
        api_connection = connect()
        api_p50, _, body = timed(lambda: get(api_connection, f"/api/v1/recovery{suffix}", bearer), args.times)
        sql, values, by = duckdb_sql(query)
        duck_p50, _, result = timed(lambda: database.execute(sql, values).fetchall(), args.times)
        served = json.loads(body)
        if len(served) != len(result):
            sys.exit(f"{name}: the API gave {len(served)} rows, DuckDB {len(result)}")
        for mine, theirs in zip(served, result):
            group = theirs[1]
            if by in ("women_led", "youth_led", "partnered"):
                group = "true" if group == "1" else "false"
            expected = [str(theirs[0]), group if by else None] + [theirs[2 + i] for i, (column, _) in enumerate(SUMS) if column != "index_points"]
            got = [mine["month"], mine["group"]] + [mine[column] for column, _ in SUMS if column != "index_points"]
            if expected != got:
                sys.exit(f"{name}: the API and DuckDB disagree:\n  API    {got}\n  DuckDB {expected}")
        slowest = max(slowest, page_max)
        print(
            f"{name:32} {len(served):>5} {page_p50 * 1e3:>7.1f}ms {page_max * 1e3:>7.1f}ms {api_p50 * 1e3:>7.1f}ms "
            f"{duck_p50 * 1e3:>9.1f}ms {page_p50 / duck_p50:>11.2f}x"
        )
    print()
    print(f"every API table equals DuckDB's count; the slowest page took {slowest * 1e3:.0f} ms")


if __name__ == "__main__":
    main()

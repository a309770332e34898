#!/usr/bin/env python3
"""Latency of the registry's list requests, with the database's own shell as the floor.

Used by bench/registry.sh; standard library only.

  registry_latency.py measure --base URL --backend sqlite --database FILE --out RESULTS.jsonl
  registry_latency.py measure --base URL --backend postgres --database URL --out RESULTS.jsonl
      For each list request below: p50 and p99 of sequential GETs over one kept-alive
      connection (http.client), then the same SELECT as the server writes it (the same WHERE,
      ORDER BY seq, LIMIT page + 1, values bound, not spliced) timed in sqlite3 or psql. Also
      checks that the server returned the rows the shell did, in the same order.
  registry_latency.py table RESULTS.jsonl...
      The side-by-side table, with the plans of the requests over the p99 threshold.
  registry_latency.py exec --report FILE -- COMMAND...
      Runs COMMAND and writes its wall-clock seconds and peak RSS (KiB) to FILE.

The SQL is built here the way crates/mitra-store builds it (organizations.rs, opportunities.rs,
columns.rs); if those change, change `organization_sql` and `opportunity_sql` with them.
"""

import argparse
import http.client
import json
import math
import os
import re
import statistics
import subprocess
import sys
import time
import unicodedata
import urllib.parse

RECORD_COLUMNS = "id, body, created_at, updated_at, archived_at, version"
DEFAULT_PAGE = 50  # crates/mitra-server/src/query.rs
HTML_PAGE = 50  # DIRECTORY_PAGE and LIST_PAGE of the pages
SLOW_MS = 50.0

API_ORGS = "/api/v1/organizations"
API_OPPS = "/api/v1/opportunities"
HTML_ORGS = "/organizations"
HTML_OPPS = "/opportunities"

# What a person would ask of the registry: (path, query pairs). "{deep}" is a cursor 90% of the
# way through the same filter's list; "{partner}" the partner with the most opportunities.
# The demo's firms: five countries (CA, GH, ID, IN, MX), ISIC codes only (no NAICS), no
# veteran-led firm in Mexico, bakeries (ISIC 1071, "Panadería ...") in Mexico.
REQUESTS = [
    (API_ORGS, []),
    (API_ORGS, [("cursor", "{deep}")]),
    (API_ORGS, [("limit", "200")]),
    (API_ORGS, [("kind", "msme")]),
    (API_ORGS, [("kind", "msme"), ("cursor", "{deep}")]),
    (API_ORGS, [("kind", "financial_institution")]),
    (API_ORGS, [("kind", "academic")]),
    (API_ORGS, [("country", "MX")]),
    (API_ORGS, [("country", "CA"), ("cursor", "{deep}")]),
    (API_ORGS, [("region", "Jalisco")]),
    (API_ORGS, [("country", "MX"), ("region", "Jalisco")]),
    (API_ORGS, [("country", "CA"), ("region", "Prince Edward Island")]),
    (API_ORGS, [("region", "Prince Edward Island")]),
    (API_ORGS, [("size_class", "micro")]),
    (API_ORGS, [("size_class", "medium")]),
    (API_ORGS, [("size_class", "large")]),
    (API_ORGS, [("industry", "C")]),
    (API_ORGS, [("industry", "10")]),
    (API_ORGS, [("industry", "1071")]),
    (API_ORGS, [("industry", "1071"), ("cursor", "{deep}")]),
    (API_ORGS, [("naics", "3113")]),
    (API_ORGS, [("channel", "resources")]),
    (API_ORGS, [("channel", "networking")]),
    (API_ORGS, [("women_led", "true")]),
    (API_ORGS, [("youth_led", "true")]),
    (API_ORGS, [("veteran_led", "true")]),
    (API_ORGS, [("include_archived", "true")]),
    (API_ORGS, [("kind", "msme"), ("country", "GH"), ("size_class", "small")]),
    (API_ORGS, [("country", "IN"), ("industry", "C"), ("women_led", "true")]),
    (API_ORGS, [("kind", "msme"), ("country", "MX"), ("region", "Oaxaca"), ("size_class", "medium"), ("youth_led", "true")]),
    (API_ORGS, [("country", "MX"), ("veteran_led", "true")]),
    (API_ORGS, [("country", "ID"), ("channel", "markets"), ("size_class", "medium")]),
    (API_ORGS, [("q", "bakery")]),
    (API_ORGS, [("q", "shop")]),
    (API_ORGS, [("q", "pan")]),
    (API_ORGS, [("q", "panadería")]),
    (API_ORGS, [("q", "panaderia")]),
    (API_ORGS, [("q", "Panadería Guadalupana")]),
    (API_ORGS, [("q", "zzyzx")]),
    (API_ORGS, [("country", "MX"), ("q", "panaderia")]),
    (API_ORGS, [("country", "GH"), ("q", "bakery")]),
    (API_ORGS, [("q", "bakery"), ("cursor", "{deep}")]),
    (API_OPPS, []),
    (API_OPPS, [("cursor", "{deep}")]),
    (API_OPPS, [("channel", "resources")]),
    (API_OPPS, [("country", "IN")]),
    (API_OPPS, [("country", "IN"), ("region", "Kerala")]),
    (API_OPPS, [("language", "hi")]),
    (API_OPPS, [("partner_id", "{partner}")]),
    (API_OPPS, [("channel", "training"), ("country", "MX"), ("language", "es")]),
    (API_OPPS, [("include_archived", "true")]),
    (API_OPPS, [("q", "working capital")]),
    (API_OPPS, [("q", "loan")]),
    (API_OPPS, [("q", "zzyzx")]),
    (HTML_ORGS, []),
    (HTML_ORGS, [("kind", "msme"), ("country", "MX"), ("size_class", ""), ("industry", ""), ("q", "")]),
    (HTML_ORGS, [("kind", ""), ("country", ""), ("size_class", ""), ("industry", "1071"), ("q", "panadería")]),
    (HTML_ORGS, [("kind", ""), ("country", "IN"), ("size_class", "micro"), ("industry", ""), ("q", "")]),
    (HTML_ORGS, [("kind", "msme"), ("cursor", "{deep}")]),
    (HTML_OPPS, []),
    (HTML_OPPS, [("channel", "resources"), ("country", "IN"), ("region", ""), ("language", ""), ("q", "")]),
]


# ---- the SQL the server sends ------------------------------------------------------------------


def search_words(text):
    """mitra_domain::text::search_words: lower case, Latin/Greek/Cyrillic accents removed, split
    at what is neither a letter, a digit nor a combining mark."""
    folded = "".join(c for c in unicodedata.normalize("NFD", text) if not "\u0300" <= c <= "\u036f").lower()
    words, word = [], []
    for c in folded:
        if c.isalnum() or unicodedata.category(c).startswith("M"):
            word.append(c)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return [unicodedata.normalize("NFC", w) for w in words]


def contains_pattern(needle):
    out = "%"
    for c in needle:
        if c in "%_\\":
            out += "\\"
        out += c
    return out + "%"


class Sql:
    """sqlx's QueryBuilder: `?` placeholders on SQLite, `$N` on PostgreSQL."""

    def __init__(self, postgres, text):
        self.postgres, self.parts, self.binds = postgres, [text], []

    def push(self, text):
        self.parts.append(text)
        return self

    def bind(self, kind, value):  # kind: text, bool or int8, as sqlx binds &str/String, bool, i64
        self.binds.append((kind, value))
        self.parts.append(f"${len(self.binds)}" if self.postgres else "?")
        return self

    def text(self):
        return "".join(self.parts)


def list_query(postgres, select, table, q, expansions=None):
    """columns.rs ListQuery::new: the FROM clause with the index that drives the list (a text
    query's full-text index on SQLite, else an industry token), and the column the page is
    ordered by. Returns (sql, order)."""
    industry = q["industry"].strip().upper() if "industry" in q else None
    naics = f"n:{q['naics'].strip()}" if "naics" in q else None
    token, other = (industry, naics) if industry is not None else (naics, None)
    words = search_words(q["q"]) if "q" in q else None
    fts = None
    if words:  # columns.rs fts5_query
        fts = "search_text : (" + " ".join(f'"{w}"*' for w in words) + ")"
        if "country" in q:
            fts += f' AND country : "{q["country"].lower()}"'

    tsq = " & ".join(f"'{w}':*" for w in words) if words else None
    if words and postgres and expansions is not None:  # columns.rs ListQuery::driven_by_words
        if not expansions:
            sql = Sql(postgres, f"{select} {table} WHERE 1 = 0")
            order = "seq"
        else:
            sql = Sql(postgres, f"{select} (SELECT DISTINCT organization_seq FROM (")
            for index, word in enumerate(expansions):
                sql.push(" UNION ALL " if index else "")
                sql.push("(SELECT organization_seq FROM organization_words WHERE word = ").bind("text", word)
                if "country" in q:
                    sql.push(" AND organization_country = ").bind("text", q["country"])
                if "cursor" in q:
                    sql.push(f" AND organization_seq > (SELECT seq FROM {table} WHERE id = ").bind("text", q["cursor"]).push(")")
                sql.push(" ORDER BY organization_seq)")
            sql.push(f") AS expansions) AS matched_words CROSS JOIN {table} WHERE seq = matched_words.organization_seq "
                     "AND search_vector @@ CAST(").bind("text", tsq).push(" AS tsquery)")
            order = "matched_words.organization_seq"
        if token is not None:
            token_probe(sql, token)
        token, words = None, None
    elif words and not postgres:
        sql = Sql(postgres, f"{select} {table}_search CROSS JOIN {table} WHERE {table}.seq = {table}_search.rowid "
                            f"AND {table}_search MATCH ").bind("text", fts)
        order = f"{table}_search.rowid"
        if token is not None:
            token_probe(sql, token)
        token = None
    elif token is not None:
        sql = Sql(postgres, f"{select} organization_industries CROSS JOIN {table} WHERE seq = organization_seq "
                            "AND token = ").bind("text", token)
        order = "organization_seq"
        token = None
    else:
        sql = Sql(postgres, f"{select} {table} WHERE 1 = 1")
        order = "seq"
    if words is not None and not words:
        sql.push(" AND 1 = 0")
    elif words and postgres:
        sql.push(" AND search_vector @@ CAST(").bind("text", tsq).push(" AS tsquery)")
    if other is not None:
        token_probe(sql, other)
    return sql, order


def token_probe(sql, token):
    sql.push(" AND EXISTS (SELECT 1 FROM organization_industries WHERE organization_seq = seq AND token = ")
    sql.bind("text", token).push(")")


def organization_where(sql, q):
    """organizations.rs list_organizations, up to the page."""
    if q.get("include_archived") != "true":
        sql.push(" AND archived_at IS NULL")
    if "kind" in q:
        sql.push(" AND kind = ").bind("text", q["kind"])
    if "country" in q:
        sql.push(" AND organizations.country = ").bind("text", q["country"])
        if " organization_industries CROSS JOIN " in sql.text():
            sql.push(" AND organization_country = ").bind("text", q["country"])
    if "region" in q:
        sql.push(" AND region_key = ").bind("text", q["region"].strip().lower())
    if "size_class" in q:
        sql.push(" AND size_class = ").bind("text", q["size_class"])
    if "channel" in q:
        sql.push(" AND channels LIKE ").bind("text", f"%,{q['channel']},%")
    for column in ("women_led", "youth_led", "veteran_led"):
        if column in q:
            sql.push(f" AND {column} = ").bind("bool", q[column] == "true")


def opportunity_where(sql, q):
    """opportunities.rs list_opportunities, up to the page."""
    if q.get("include_archived") != "true":
        sql.push(" AND archived_at IS NULL")
    if "partner_id" in q:
        sql.push(" AND partner_id = ").bind("text", q["partner_id"])
    if "channel" in q:
        sql.push(" AND channel = ").bind("text", q["channel"])
    if "country" in q:
        sql.push(" AND opportunities.country = ").bind("text", q["country"])
    if "region" in q:
        key = q["region"].strip().lower().replace("|", "\u00a6")
        sql.push(" AND (region_keys = '||' OR region_keys LIKE ").bind("text", contains_pattern(f"|{key}|"))
        sql.push(" ESCAPE '\\')")
    if "language" in q:
        sql.push(" AND languages LIKE ").bind("text", f"%,{q['language']},%")


MOST_EXPANSIONS = 32  # columns.rs


def expansions_of(shell, table, q, postgres):
    """organizations.rs: on PostgreSQL, the vocabulary's words that begin with a text query's
    longest word, when there are at most MOST_EXPANSIONS of them; otherwise None."""
    if not postgres or table != "organizations" or "q" not in q:
        return None
    words = search_words(q["q"])
    if not words:
        return None
    longest = max(reversed(words), key=len)
    found = [line for line in shell.rows(
        "SELECT word FROM search_vocabulary WHERE word LIKE $1 ORDER BY word LIMIT $2",
        [("text", longest + "%"), ("int8", MOST_EXPANSIONS + 1)]) if line]
    return found if len(found) <= MOST_EXPANSIONS else None


def statements(table, q, postgres, limit, expansions=None):
    """The page query exactly as the server sends it, the count of every match of its filter,
    and a query for a cursor `offset` rows into the list (formatted later)."""
    where = organization_where if table == "organizations" else opportunity_where
    page, order = list_query(postgres, f"SELECT {RECORD_COLUMNS} FROM", table, q, expansions)
    where(page, q)
    if "cursor" in q:  # columns.rs ListQuery::push_page
        page.push(f" AND {order} > (SELECT seq FROM {table} WHERE id = ").bind("text", q["cursor"]).push(")")
    page.push(f" ORDER BY {order} LIMIT ").bind("int8", limit + 1)
    count, _ = list_query(postgres, "SELECT COUNT(*) FROM", table, q, expansions)
    where(count, q)
    deep, _ = list_query(postgres, f"SELECT {table}.id FROM", table, q, expansions)
    where(deep, q)
    deep.push(f" ORDER BY {order} LIMIT 1 OFFSET {{offset}}")
    return page, count, deep


# ---- the database's own shell ------------------------------------------------------------------


def sqlite_literal(kind, value):
    if kind == "bool":
        return "1" if value else "0"
    if kind == "int8":
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


def pg_literal(kind, value):
    if kind == "bool":
        return "true" if value else "false"
    if kind == "int8":
        return str(int(value))
    return "'" + str(value).replace("'", "''") + "'"


class SqliteShell:
    def __init__(self, path):
        self.path = path

    def _params(self, binds):
        # Anonymous `?` placeholders are bound by the shell from the parameters ?1, ?2, ...
        lines = [".parameter init"]
        if binds:
            values = ", ".join(f"('?{i}', {sqlite_literal(k, v)})" for i, (k, v) in enumerate(binds, 1))
            lines.append(f"INSERT INTO temp.sqlite_parameters (key, value) VALUES {values};")
        return "\n".join(lines) + "\n"

    def run(self, script):
        done = subprocess.run(["sqlite3", "-batch", "-readonly", self.path], input=script, text=True,
                              capture_output=True, check=False)
        if done.returncode != 0 or "Error" in done.stderr:
            raise RuntimeError(f"sqlite3 failed: {done.stderr.strip()}")
        return done.stdout

    def rows(self, sql, binds):
        return self.run(self._params(binds) + sql.strip() + ";\n").splitlines()

    def inspect(self, page, count):
        """(ids of the page, count of matches, plan) in one session."""
        script = self._params(page.binds) + (
            f".print @@ids\n{page.text()};\n.print @@count\n{count.text()};\n"
            f".print @@plan\nEXPLAIN QUERY PLAN {page.text()};\n")
        sections = split_sections(self.run(script))
        ids = [line.split("|", 1)[0] for line in sections["ids"] if line]
        return ids, int(sections["count"][0]), "\n".join(sections["plan"])

    def floor(self, page, repeat):
        """Mean time of the statement in a loop: a session running it k times, less the same
        session running it none, over k (the shell's .timer only shows whole milliseconds)."""
        setup = self._params(page.binds) + ".output /dev/null\n"

        def session(k):
            started = time.perf_counter()
            self.run(setup + (page.text() + ";\n") * k)
            return time.perf_counter() - started

        once = session(1) - session(0)
        if once > 0.5:
            k, trials = 2, 1
        elif once > 0.05:
            k, trials = 5, 1
        else:  # enough statements for the loop to take about a quarter of a second
            k, trials = min(2000, max(repeat, int(0.25 / max(once, 1e-4)))), 3
        empty = min(session(0) for _ in range(trials))
        full = min(session(k) for _ in range(trials))
        return max(full - empty, 0.0) / k * 1e3


class Psql:
    def __init__(self, url):
        self.url = url

    def run(self, script):
        # The session settings the server's connections use (postgres.rs, organizations.rs).
        script = ("SET plan_cache_mode = force_custom_plan; SET random_page_cost = 1.1; "
                  "SET enable_hashagg = off; SET max_parallel_workers_per_gather = 0;\n" + script)
        done = subprocess.run(["psql", self.url, "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1"], input=script,
                              text=True, capture_output=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"psql failed: {done.stderr.strip()}")
        return done.stdout

    @staticmethod
    def _prepare(name, sql):
        types = ", ".join(k for k, _ in sql.binds)
        return f"PREPARE {name}{f'({types})' if types else ''} AS {sql.text()};\n"

    @staticmethod
    def _execute(name, sql):
        values = ", ".join(pg_literal(k, v) for k, v in sql.binds)
        return f"EXECUTE {name}{f'({values})' if values else ''};\n"

    def rows(self, sql, binds):
        literal = Sql(True, sql)
        literal.binds = binds
        return self.run(self._prepare("r", literal) + self._execute("r", literal)).splitlines()

    def inspect(self, page, count):
        """(ids of the page, count of matches) in one session; the plan comes with the floor."""
        script = (self._prepare("q", page) + self._prepare("c", count) + "\\echo @@ids\n" + self._execute("q", page)
                  + "\\echo @@count\n" + self._execute("c", count))
        sections = split_sections(self.run(script))
        ids = [line.split("|", 1)[0] for line in sections["ids"] if line]
        return ids, int(sections["count"][0]), None

    def floor(self, page, repeat):
        """Median of psql's \\timing over executions of the statement prepared as sqlx prepares it
        (so PostgreSQL's choice between custom and generic plans is the server's), then the plan
        of one more execution with EXPLAIN ANALYZE."""
        probe = self.run(self._prepare("q", page) + "\\o /dev/null\n\\timing on\n" + self._execute("q", page))
        first = [float(t) for t in re.findall(r"^Time: ([0-9.]+) ms", probe, re.M)]
        n = repeat if not first or first[0] < 50 else (5 if first[0] < 500 else 2)
        script = (self._prepare("q", page) + "\\o /dev/null\n\\timing on\n" + self._execute("q", page) * (n + 1)
                  + "\\timing off\n\\o\n\\echo @@plan\nEXPLAIN (ANALYZE, BUFFERS) " + self._execute("q", page))
        out = self.run(script)
        times = [float(t) for t in re.findall(r"^Time: ([0-9.]+) ms", out, re.M)][1:]
        plan = "\n".join(split_sections(out).get("plan", []))
        return statistics.median(times), plan


def split_sections(output):
    sections, current = {}, None
    for line in output.splitlines():
        if line.startswith("@@"):
            current = line[2:].strip()
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return sections


# ---- HTTP --------------------------------------------------------------------------------------


class Client:
    def __init__(self, base, token):
        self.headers = {"Authorization": f"Bearer {token}"}
        parsed = urllib.parse.urlsplit(base)
        self.host, self.port = parsed.hostname, parsed.port or 80
        self.conn = None

    def get(self, path):
        for attempt in (0, 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=300)
            try:
                self.conn.request("GET", path, headers=self.headers)
                response = self.conn.getresponse()
                return response.status, response.read()
            except (http.client.HTTPException, ConnectionError, OSError):
                self.conn.close()
                self.conn = None
                if attempt:
                    raise
        raise AssertionError("unreachable")

    def close(self):
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def percentile(sorted_values, p):
    return sorted_values[max(0, math.ceil(p / 100 * len(sorted_values)) - 1)]


def served_ids(path, body):
    if path.startswith("/api/"):
        return [item["id"] for item in json.loads(body)["items"]]
    return re.findall(r'<a href="' + re.escape(path) + r'/([0-9a-f-]{36})"><strong>', body.decode())


def readable(path, pairs):
    shown = [(k, {"{deep}": "<90% in>", "{partner}": "<busiest partner>"}.get(v, v)) for k, v in pairs]
    label = ("HTML " if not path.startswith("/api/") else "GET ") + path.replace("/api/v1", "")
    return label + ("?" + "&".join(f"{k}={v}" for k, v in shown) if shown else "")


def measure(args):
    shell = SqliteShell(args.database) if args.backend == "sqlite" else Psql(args.database)
    postgres = args.backend == "postgres"
    client = Client(args.base, args.token)
    partner_rows = shell.rows(
        "SELECT partner_id FROM opportunities WHERE archived_at IS NULL GROUP BY partner_id "
        "ORDER BY COUNT(*) DESC, partner_id LIMIT 1", [])
    partner = partner_rows[0].strip() if partner_rows else None
    # Let the server's connection pool grow to what sequential requests use before timing.
    for _ in range(20):
        for path in (API_ORGS, API_OPPS, HTML_ORGS):
            client.get(path)
    client.close()
    with open(args.out, "a", encoding="utf-8") as out:
        for number, (path, pairs) in enumerate(REQUESTS, 1):
            label = readable(path, pairs)
            table = "organizations" if "organizations" in path else "opportunities"
            html = not path.startswith("/api/")
            # The pages drop empty fields before reading the filters, and show at most 50.
            filters = {k: v for k, v in pairs if not (html and not v.strip())}
            limit = int(filters.get("limit", DEFAULT_PAGE))
            if html:
                limit = min(limit, HTML_PAGE)
            record = {"request": label, "backend": args.backend}
            try:
                if filters.get("partner_id") == "{partner}":
                    filters["partner_id"] = partner or "00000000-0000-7000-8000-000000000000"
                if filters.get("cursor") == "{deep}":
                    without = {k: v for k, v in filters.items() if k != "cursor"}
                    _, count, deep = statements(table, without, postgres, limit,
                                                expansions_of(shell, table, without, postgres))
                    matches = int(shell.rows(count.text(), count.binds)[0])
                    if matches < 2:
                        raise RuntimeError("too few matches for a deep page")
                    found = shell.rows(deep.text().format(offset=matches * 9 // 10), deep.binds)
                    filters["cursor"] = found[0].strip()
                # The URL a person's client sends (a form keeps its empty fields).
                sent = [(k, filters[k] if v in ("{deep}", "{partner}") else v) for k, v in pairs]
                query = urllib.parse.urlencode(sent, quote_via=urllib.parse.quote)
                target = path + ("?" + query if query else "")
                page, count, _ = statements(table, filters, postgres, limit,
                                            expansions_of(shell, table, filters, postgres))

                # The server: a few warm-up requests, then sequential requests on one connection.
                started = time.perf_counter()
                status, body = client.get(target)
                first = time.perf_counter() - started
                for _ in range(2 if first < 1 else 0):
                    client.get(target)
                times, errors = [], 0
                began = time.perf_counter()
                while len(times) < args.requests and (time.perf_counter() - began < args.budget or len(times) < args.min_requests):
                    started = time.perf_counter()
                    status, body = client.get(target)
                    times.append((time.perf_counter() - started) * 1e3)
                    errors += status != 200
                client.close()
                times.sort()
                record.update(n=len(times), p50=percentile(times, 50), p99=percentile(times, 99), status=status,
                              errors=errors, first_ms=first * 1e3, bytes=len(body))

                # The database's own shell: the same statement, its matches, its rows.
                ids, matches, plan = shell.inspect(page, count)
                floor = shell.floor(page, args.floor_repeat)
                if isinstance(floor, tuple):
                    floor, plan = floor
                record.update(floor=floor, matches=matches, plan=plan, sql=page.text(),
                              binds=[v for _, v in page.binds])
                expected = ids[:limit]
                got = served_ids(path, body) if status == 200 else None
                record["rows"] = len(got) if got is not None else None
                record["expected_rows"] = len(expected)
                record["same_rows"] = got == expected
            except Exception as error:  # a request that cannot be measured is reported, not fatal
                record["error"] = str(error)
                client.close()
            out.write(json.dumps(record) + "\n")
            out.flush()
            print(f"  [{args.backend} {number}/{len(REQUESTS)}] {label}: " + (
                f"p50 {record['p50']:.2f} ms, p99 {record['p99']:.2f} ms, shell {record['floor']:.2f} ms"
                if "floor" in record else record.get("error", "?")), file=sys.stderr, flush=True)


def table(args):
    records = []
    for path in args.results:
        with open(path, encoding="utf-8") as f:
            records += [json.loads(line) for line in f if line.strip()]
    order, by_request = [], {}
    for r in records:
        if r["request"] not in by_request:
            order.append(r["request"])
            by_request[r["request"]] = []
        by_request[r["request"]].append(r)
    width = max([len("request")] + [len(r) for r in order])
    head = f"{'request':<{width}}  {'backend':<8} {'n':>4} {'p50 ms':>9} {'p99 ms':>9} {'shell floor ms':>14} {'rows':>5} {'matches':>9}  flags"
    print(head)
    print("-" * len(head))
    flagged = []
    for request in order:
        for r in by_request[request]:
            if "error" in r:
                print(f"{request:<{width}}  {r['backend']:<8} error: {r['error']}")
                flagged.append((r, ["ERROR"]))
                continue
            flags = []
            if r["p99"] > args.slow_ms:
                flags.append(f"p99>{args.slow_ms:g}ms")
            if r["errors"] or r["status"] != 200:
                flags.append(f"HTTP {r['status']} x{max(r['errors'], 1)}")
            elif not r["same_rows"]:
                flags.append(f"ROWS DIFFER (shell gives {r['expected_rows']})")
            print(f"{request:<{width}}  {r['backend']:<8} {r['n']:>4} {r['p50']:>9.2f} {r['p99']:>9.2f} "
                  f"{r['floor']:>14.2f} {r['rows'] if r['rows'] is not None else '-':>5} {r['matches']:>9}  {' '.join(flags)}")
            if flags:
                flagged.append((r, flags))
    slow = sum(1 for _, f in flagged if any(x.startswith("p99>") for x in f))
    wrong = sum(1 for _, f in flagged if any(not x.startswith("p99>") for x in f))
    print(f"\n{slow} of {len(records)} measurements have a p99 over {args.slow_ms:g} ms; "
          f"{wrong} failed or returned other rows than the shell.")
    print("n: requests timed (up to --requests, fewer when one takes long); shell floor: the same SELECT in "
          "sqlite3 (mean of a loop) or psql (median of \\timing); rows: items the server returned; matches: "
          "every record of the filter.")
    if flagged and args.plans:
        print("\nPlans of the flagged requests (sqlite3: EXPLAIN QUERY PLAN; psql: EXPLAIN ANALYZE of the prepared statement):")
        for r, flags in flagged:
            print(f"\n== {r['request']} [{r['backend']}] {' '.join(flags)}")
            if "sql" in r:
                print(f"   {r['sql']}\n   values: {r['binds']}")
            for line in (r.get("plan") or "").splitlines():
                print("   " + line)


def run_and_report(args):
    command = args.command[1:] if args.command and args.command[0] == "--" else args.command
    started = time.perf_counter()
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    with open(args.report, "w", encoding="utf-8") as f:
        f.write(f"{seconds:.3f} {usage.ru_maxrss}\n")
    code = os.waitstatus_to_exitcode(status)
    sys.exit(code if code >= 0 else 128 - code)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command_name", required=True)
    m = commands.add_parser("measure")
    m.add_argument("--base", required=True)
    m.add_argument("--token", required=True, help="a personal API token of a user who sees every firm")
    m.add_argument("--backend", choices=["sqlite", "postgres"], required=True)
    m.add_argument("--database", required=True, help="the SQLite file, or the PostgreSQL URL")
    m.add_argument("--out", required=True)
    m.add_argument("--requests", type=int, default=200)
    m.add_argument("--min-requests", type=int, default=10)
    m.add_argument("--budget", type=float, default=20.0, help="seconds per request type, after --min-requests")
    m.add_argument("--floor-repeat", type=int, default=20)
    t = commands.add_parser("table")
    t.add_argument("results", nargs="+")
    t.add_argument("--slow-ms", type=float, default=SLOW_MS)
    t.add_argument("--plans", action="store_true")
    e = commands.add_parser("exec")
    e.add_argument("--report", required=True)
    e.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    {"measure": measure, "table": table, "exec": run_and_report}[args.command_name](args)


if __name__ == "__main__":
    main()

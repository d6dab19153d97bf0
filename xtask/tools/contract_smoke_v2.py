"""Smoke test of the generated Python client for API v2 against a running sandbox.

Run by `cargo xtask contract` as
    python contract_smoke_v2.py --url URL --token TOKEN --seed-out FILE
with the generated package (`dolthub_v2_client`) on PYTHONPATH.

1. The smoke test proper: who am I, create a database, a first write, a branch, a
   write on it, a pull request and a SQL read, each answer parsed by the generated
   client; the rows written must come back.
2. Seeding for Schemathesis: the identifiers (owner, database, branches, table,
   pull request number, a finished operation) go to --seed-out as JSON, so the
   property-based run reaches existing resources and checks real 2xx bodies.

Every step fails loudly with the HTTP status and raw body.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import uuid

from dolthub_v2_client import AuthenticatedClient
from dolthub_v2_client.api.branches import create_branch, list_branches
from dolthub_v2_client.api.databases import create_database
from dolthub_v2_client.api.operations import get_operation
from dolthub_v2_client.api.pulls import create_pull
from dolthub_v2_client.api.sql import run_sql_read_query, run_sql_write_query
from dolthub_v2_client.api.users import get_current_user
from dolthub_v2_client.models import (
    CreateBranchRequest,
    CreateDatabaseRequest,
    CreatePullRequest,
    SqlWriteRequest,
)

POLL_DEADLINE_S = 30.0


def step(name: str, response, status: int, ok=lambda parsed: True):
    """Checks the HTTP status and a parsed body for which `ok` holds; returns the body."""
    parsed = response.parsed
    if int(response.status_code) != status or parsed is None or not ok(parsed):
        body = response.content.decode("utf-8", "replace")[:2000]
        sys.exit(f"smoke v2: {name}: HTTP {int(response.status_code)}: {body}")
    print(f"smoke v2: {name}: ok")
    return parsed


def wait(client, started, what: str) -> str:
    """Polls the operation a 202 started until it succeeded (bounded); returns its id."""
    ref = step(f"{what} (start)", started, 202, lambda p: bool(p.data.id)).data
    deadline = time.monotonic() + POLL_DEADLINE_S
    while True:
        polled = get_operation.sync_detailed(ref.id, client=client)
        op = step(f"{what} (poll)", polled, 200).data
        if op.status == "succeeded":
            return ref.id
        if op.status == "failed":
            sys.exit(f"smoke v2: {what}: failed: {polled.content!r}")
        if time.monotonic() > deadline:
            sys.exit(f"smoke v2: {what}: not done after {POLL_DEADLINE_S} s")
        time.sleep(0.05)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--seed-out", required=True)
    args = parser.parse_args()
    client = AuthenticatedClient(base_url=args.url, token=args.token, raise_on_unexpected_status=False)

    me = step("get_current_user", get_current_user.sync_detailed(client=client), 200).data
    owner = me.username
    db = f"contract-v2-{uuid.uuid4().hex[:8]}"
    step(
        "create_database",
        create_database.sync_detailed(
            client=client,
            body=CreateDatabaseRequest.from_dict({"owner": owner, "name": db, "visibility": "public"}),
        ),
        201,
        lambda p: p.data.name == db,
    )

    def write(q: str, from_branch: str, to_branch: str) -> str:
        body = SqlWriteRequest.from_dict({"from_branch": from_branch, "to_branch": to_branch, "q": q})
        return wait(client, run_sql_write_query.sync_detailed(owner, db, client=client, body=body), q)

    write("CREATE TABLE lacma (id INT PRIMARY KEY, title VARCHAR(100))", "main", "main")
    write_op = write("INSERT INTO lacma VALUES (1, 'Vase')", "main", "main")
    step(
        "create_branch feature",
        create_branch.sync_detailed(
            owner, db, client=client,
            body=CreateBranchRequest.from_dict({"name": "feature", "from": {"branch": "main"}}),
        ),
        201,
    )
    write("INSERT INTO lacma VALUES (2, 'Bowl')", "feature", "feature")
    branches = step("list_branches", list_branches.sync_detailed(owner, db, client=client), 200).data
    names = sorted(b.name for b in branches)
    if names != ["feature", "main"]:
        sys.exit(f"smoke v2: list_branches: expected feature and main, got {names}")
    ref = lambda branch: {"database": {"owner": owner, "name": db}, "branch_name": branch}
    pull = step(
        "create_pull feature -> main",
        create_pull.sync_detailed(
            owner, db, client=client,
            body=CreatePullRequest.from_dict(
                {"title": "Add the bowl", "from_branch": ref("feature"), "to_branch": ref("main")}
            ),
        ),
        201,
    ).data
    read = step(
        "run_sql_read_query",
        run_sql_read_query.sync_detailed(
            owner, db, client=client, ref="feature", q="SELECT id, title FROM lacma ORDER BY id"
        ),
        200,
    ).data
    if [list(r) for r in read.rows] != [["1", "Vase"], ["2", "Bowl"]]:
        sys.exit(f"smoke v2: run_sql_read_query: unexpected rows {read.rows}")
    print(f"smoke v2: database {owner}/{db} has branches {names} and pull #{pull.pull_number}")
    seed = {
        "owner": owner,
        "database": db,
        "ref": "main",
        "branch": "feature",
        "table": "lacma",
        "pull_number": str(pull.pull_number),
        "operation_id": write_op,
    }
    with open(args.seed_out, "w", encoding="utf-8") as f:
        json.dump(seed, f)


if __name__ == "__main__":
    main()

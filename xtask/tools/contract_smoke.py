"""Smoke test of the generated Python client against a running sandbox.

Run by `cargo xtask contract` (never by hand needed) as
    python contract_smoke.py --url URL --token TOKEN --seed-out FILE
with the generated package (`dolthub_v1alpha1_client`) on PYTHONPATH.

1. The smoke test proper: create a database and list its branches with the
   generated client; the database name must come back.
2. Seeding for Schemathesis: a table with rows, a second branch, a tag, a
   release, an open pull request, a merged one and a finished write, merge
   and import (with the generated multipart upload), so the property-based
   run hits existing resources and checks real 2xx bodies, not only 404s.
   The identifiers go to --seed-out as JSON. (A fork needs a second account,
   which the default sandbox does not have.)

Every step fails loudly with the HTTP status and raw body.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import uuid

from dolthub_v1alpha1_client import AuthenticatedClient
from dolthub_v1alpha1_client.api.branches import create_branch, list_branches
from dolthub_v1alpha1_client.api.databases import create_database
from dolthub_v1alpha1_client.api.imports import poll_import, upload_file
from dolthub_v1alpha1_client.api.pulls import create_pull, merge_pull, poll_merge
from dolthub_v1alpha1_client.api.releases import create_release
from dolthub_v1alpha1_client.api.sql import poll_sql_write, sql_read, sql_write
from dolthub_v1alpha1_client.api.tags import create_tag
from dolthub_v1alpha1_client.api.users import get_current_user
from dolthub_v1alpha1_client.models import (
    CreateBranchRequest,
    CreateBranchRequestRevisionType,
    CreateDatabaseRequest,
    CreateDatabaseRequestVisibility,
    CreatePullRequest,
    CreateReleaseRequest,
    CreateTagRequest,
    CreateTagRequestRevisionType,
    SqlWriteRequest,
    UploadFileRequest,
)
from dolthub_v1alpha1_client.types import File, Unset

POLL_DEADLINE_S = 30.0


def step(name: str, response, ok=lambda parsed: True, quiet=False):
    """Checks an HTTP 200 with a parsed body for which `ok` holds; returns the body."""
    parsed = response.parsed
    if response.status_code != 200 or parsed is None or not ok(parsed):
        body = response.content.decode("utf-8", "replace")[:2000]
        sys.exit(f"smoke: {name}: HTTP {int(response.status_code)}: {body}")
    if not quiet:
        print(f"smoke: {name}: ok")
    return parsed


def value(field):
    return None if isinstance(field, Unset) else field


def read(model, name: str):
    """A response field under its clean name or, from servers that send it, with a trailing
    colon (the Python view of the spec leaves such twins out, so they land in
    `additional_properties`)."""
    clean = value(getattr(model, name, None))
    if clean is not None:
        return clean
    return getattr(model, "additional_properties", {}).get(name + ":")


def wait_write(client, owner: str, db: str, started, what: str) -> str:
    """Polls a SQL write until done (bounded); fails unless it succeeded. Returns its name."""
    ack = step(f"{what} (start)", started, lambda p: bool(read(p, "operation_name")), quiet=True)
    name = read(ack, "operation_name")
    deadline = time.monotonic() + POLL_DEADLINE_S
    while True:
        polled = poll_sql_write.sync_detailed(owner, db, client=client, operation_name=name)
        state = step(f"{what} (poll)", polled, quiet=True)
        if value(state.done):
            details = value(state.res_details)
            # Legacy servers put the outcome at the top level instead of in res_details.
            status = value(details.query_execution_status) if details else None
            status = status or value(state.query_execution_status)
            if (status or "").lower() not in ("success", "successwithwarning"):
                sys.exit(f"smoke: {what}: finished with {polled.content!r}")
            print(f"smoke: {what}: done")
            return name
        if time.monotonic() > deadline:
            sys.exit(f"smoke: {what}: not done after {POLL_DEADLINE_S} s: {polled.content!r}")
        time.sleep(0.05)


def wait_job(what: str, poll) -> None:
    """Polls a merge or import job (bounded) until `job_status` is Completed."""
    deadline = time.monotonic() + POLL_DEADLINE_S
    while True:
        polled = poll()
        state = step(f"{what} (poll)", polled, quiet=True)
        status = (value(state.job_status) or "").lower()
        if status == "completed":
            print(f"smoke: {what}: completed")
            return state
        if status in ("failed", "error"):
            sys.exit(f"smoke: {what}: {polled.content!r}")
        if time.monotonic() > deadline:
            sys.exit(f"smoke: {what}: not completed after {POLL_DEADLINE_S} s: {polled.content!r}")
        time.sleep(0.05)


def open_pull(client, owner: str, db: str, source: str, target: str, title: str) -> str:
    pull = step(
        f"create_pull {source} -> {target}",
        create_pull.sync_detailed(
            owner,
            db,
            client=client,
            body=CreatePullRequest(
                title=title,
                description="contract seed",
                from_branch_owner_name=owner,
                from_branch_repo_name=db,
                from_branch_name=source,
                to_branch_owner_name=owner,
                to_branch_repo_name=db,
                to_branch_name=target,
            ),
        ),
        lambda p: value(p.pull_id) is not None,
    )
    # pull_id is documented as a string; some servers send a number.
    return str(value(pull.pull_id))


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--url", required=True)
    args.add_argument("--token", required=True)
    args.add_argument("--seed-out", required=True)
    args = args.parse_args()

    client = AuthenticatedClient(
        base_url=args.url,
        token=args.token,
        prefix="token",
        auth_header_name="authorization",
        timeout=10.0,
    )
    user = step(
        "get_current_user",
        get_current_user.sync_detailed(client=client),
        lambda p: bool(value(p.username)),
    )
    owner = user.username
    db = f"contract-{uuid.uuid4().hex[:8]}"

    # --- the smoke test proper -------------------------------------------------
    step(
        "create_database",
        create_database.sync_detailed(
            client=client,
            body=CreateDatabaseRequest(
                owner_name=owner,
                repo_name=db,
                visibility=CreateDatabaseRequestVisibility.PUBLIC,
                description="Created by cargo xtask contract",
            ),
        ),
        lambda p: value(p.repository_name) == db,
    )
    branches = step(
        "list_branches",
        list_branches.sync_detailed(owner, db, client=client),
        lambda p: value(p.database_name) == db,
    )
    names = [value(b.branch_name) or value(b.name) for b in value(branches.branches) or []]
    print(f"smoke: database {owner}/{db} has branches {names}")

    # --- seeding for schemathesis -------------------------------------------------
    base = names[0] if names else "main"
    write_op = wait_write(
        client,
        owner,
        db,
        sql_write.sync_detailed(
            owner,
            db,
            base,
            base,
            client=client,
            body=SqlWriteRequest(
                query="CREATE TABLE lacma (id INT PRIMARY KEY, title VARCHAR(255), on_view TINYINT)"
            ),
        ),
        "sql_write create table",
    )
    wait_write(
        client,
        owner,
        db,
        sql_write.sync_detailed(
            owner,
            db,
            base,
            base,
            client=client,
            body=SqlWriteRequest(
                query="INSERT INTO lacma VALUES (1, 'Portrait of a Woman', 1), (2, 'Landscape with Cattle', 0)"
            ),
        ),
        "sql_write insert",
    )
    step(
        "sql_read",
        sql_read.sync_detailed(owner, db, base, client=client, q="SELECT * FROM lacma ORDER BY id"),
        lambda p: len(value(p.rows) or []) == 2,
    )
    feature = "feature"
    step(
        "create_branch",
        create_branch.sync_detailed(
            owner,
            db,
            client=client,
            body=CreateBranchRequest(
                revision_type=CreateBranchRequestRevisionType.BRANCH,
                revision_name=base,
                new_branch_name=feature,
            ),
        ),
    )
    wait_write(
        client,
        owner,
        db,
        sql_write.sync_detailed(
            owner,
            db,
            feature,
            feature,
            client=client,
            body=SqlWriteRequest(query="INSERT INTO lacma VALUES (3, 'Still Life with Lemons', 1)"),
        ),
        "sql_write on feature",
    )
    step(
        "create_tag",
        create_tag.sync_detailed(
            owner,
            db,
            client=client,
            body=CreateTagRequest(
                tag_name="v1",
                tag_message="contract seed",
                revision_type=CreateTagRequestRevisionType.BRANCH,
                revision_name=base,
            ),
        ),
    )
    step(
        "create_release",
        create_release.sync_detailed(
            owner,
            db,
            client=client,
            body=CreateReleaseRequest(title="Seed release", tag="v1", commit_sha=base),
        ),
    )
    open_pull_id = open_pull(client, owner, db, feature, base, "Add a row")

    # A merged pull request: its merge job name feeds poll_merge.
    step(
        "create_branch merge-me",
        create_branch.sync_detailed(
            owner,
            db,
            client=client,
            body=CreateBranchRequest(
                revision_type=CreateBranchRequestRevisionType.BRANCH,
                revision_name=base,
                new_branch_name="merge-me",
            ),
        ),
    )
    wait_write(
        client,
        owner,
        db,
        sql_write.sync_detailed(
            owner,
            db,
            "merge-me",
            "merge-me",
            client=client,
            body=SqlWriteRequest(query="INSERT INTO lacma VALUES (4, 'Harbor at Dusk', 0)"),
        ),
        "sql_write on merge-me",
    )
    merged_pull_id = open_pull(client, owner, db, "merge-me", base, "Merge me")
    merge = step(
        "merge_pull",
        merge_pull.sync_detailed(owner, db, merged_pull_id, client=client),
        lambda p: bool(value(p.operation_name)),
    )
    wait_job(
        "poll_merge",
        lambda: poll_merge.sync_detailed(
            owner, db, merged_pull_id, client=client, operation_name=merge.operation_name
        ),
    )

    # A finished import through the multipart upload.
    params = {
        "tableName": "artists",
        "fileName": "artists.csv",
        "branchName": base,
        "fileType": "Csv",
        "importOp": "Create",
        "primaryKeys": ["id"],
    }
    upload = step(
        "upload_file",
        upload_file.sync_detailed(
            owner,
            db,
            client=client,
            body=UploadFileRequest(
                file=File(
                    payload=io.BytesIO(b"id,name\n1,Ada\n2,Grace\n"),
                    file_name="artists.csv",
                    mime_type="text/csv",
                ),
                params=json.dumps(params),
            ),
        ),
        lambda p: bool(value(p.operation_name)),
    )
    imported = wait_job(
        "poll_import",
        lambda: poll_import.sync_detailed(
            owner,
            db,
            client=client,
            branch=base,
            branch_name=base,
            operation_name=upload.operation_name,
        ),
    )
    print(f"smoke: the import opened pull request {value(imported.pull_id)}")

    seed = {
        "owner": owner,
        "database": db,
        "ref": base,
        "branch": feature,
        "table": "lacma",
        "pull_id": open_pull_id,
        "username": owner,
        "write_operation": write_op,
        "merged_pull_id": merged_pull_id,
        "merge_operation": merge.operation_name,
        "import_operation": upload.operation_name,
    }
    with open(args.seed_out, "w", encoding="utf-8") as out:
        json.dump(seed, out, indent=2)
    print(f"smoke: passed; seeded {owner}/{db} (pull {seed['pull_id']})")


if __name__ == "__main__":
    main()

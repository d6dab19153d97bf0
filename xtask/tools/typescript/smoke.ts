// A TypeScript program against a running sandbox, through openapi-fetch and the types
// openapi-typescript generates from openapi/dolthub-v1alpha1.yaml.
//
// `cargo xtask spec-check` compiles it with `tsc --strict` beside the generated
// `dolthub-v1alpha1.d.ts`, and `cargo xtask contract` runs it with node during the
// v1alpha1 pass:
//     node js/smoke.js <base URL>        (token in DOLTHUB_SMOKE_TOKEN)
// It creates a database, writes through SQL and polls each write job, reads the rows
// back, lists branches, opens and merges a pull request (polling the merge job) and
// checks an error answer, asserting on each typed answer. Any wrong answer exits
// non-zero with the step and the raw body.
import createClient from "openapi-fetch";
import type { components, paths } from "./dolthub-v1alpha1";

type Schemas = components["schemas"];

// Node's globals; the program is built without @types/node (one small package fewer).
declare const process: {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode: number | undefined;
};

/** Generous for a loaded 2-core machine; the sandbox finishes jobs in seconds. */
const POLL_DEADLINE_MS = 30_000;

class SmokeFailure extends Error {}

function check(condition: boolean, step: string, got: unknown): asserts condition {
  if (!condition) {
    throw new SmokeFailure(`${step}: unexpected answer ${JSON.stringify(got)}`);
  }
}

/** The body of a 200 answer, or a failure naming the step, the status and the body. */
function ok<T>(step: string, got: { data?: T; error?: unknown; response: Response }, quiet = false): T {
  if (got.response.status !== 200 || got.data === undefined) {
    throw new SmokeFailure(`${step}: HTTP ${got.response.status}: ${JSON.stringify(got.error ?? got.data)}`);
  }
  if (!quiet) console.log(`smoke ts v1alpha1: ${step}: ok`);
  return got.data;
}

/** Status strings come in mixed case (openapi/README.md, quirk 7). */
const is = (value: string | undefined, wanted: string) => value?.toLowerCase() === wanted.toLowerCase();

const pause = () => new Promise((resolve) => setTimeout(resolve, 50));

async function main(): Promise<void> {
  const baseUrl = process.argv[2];
  const token = process.env["DOLTHUB_SMOKE_TOKEN"];
  if (baseUrl === undefined || token === undefined || token === "") {
    throw new SmokeFailure("usage: DOLTHUB_SMOKE_TOKEN=... node smoke.js <base URL>");
  }
  const api = createClient<paths>({ baseUrl, headers: { authorization: `token ${token}` } });

  const me = ok("get_current_user", await api.GET("/api/v1alpha1/user"));
  check(typeof me.username === "string" && me.username.length > 0, "get_current_user", me);
  const owner = me.username;
  const database = `contract-ts-${Date.now().toString(36)}`;
  const db = { owner, database };

  const created = ok(
    "create_database",
    await api.POST("/api/v1alpha1/database", {
      body: { ownerName: owner, repoName: database, visibility: "public" },
    }),
  );
  check(created.repository_name === database && created.repository_owner === owner, "create_database", created);

  /** Starts a SQL write and polls its job until done; fails unless it succeeded. */
  async function write(query: string, from_branch: string, to_branch: string): Promise<Schemas["SqlWriteResult"]> {
    const what = `sql_write ${query.split(" ")[0]} on ${to_branch}`;
    const started = ok(
      what,
      await api.POST("/api/v1alpha1/{owner}/{database}/write/{from_branch}/{to_branch}", {
        params: { path: { ...db, from_branch, to_branch } },
        body: { query },
      }),
    );
    const operationName = started.operation_name;
    check(typeof operationName === "string" && operationName.length > 0, what, started);
    const deadline = Date.now() + POLL_DEADLINE_MS;
    for (;;) {
      const polled = ok(
        `${what} (poll)`,
        await api.GET("/api/v1alpha1/{owner}/{database}/write", {
          params: { path: db, query: { operationName } },
        }),
        true,
      );
      if (polled.done === true) {
        const details = polled.res_details;
        check(details !== undefined && is(details.query_execution_status, "Success"), `${what} (poll)`, polled);
        check(typeof details.to_commit_id === "string" && details.to_commit_id.length > 0, what, polled);
        console.log(`smoke ts v1alpha1: ${what}: done`);
        return details;
      }
      check(Date.now() < deadline, `${what}: not done after ${POLL_DEADLINE_MS} ms`, polled);
      await pause();
    }
  }

  await write("CREATE TABLE lacma (id INT PRIMARY KEY, title VARCHAR(100))", "main", "main");
  await write("INSERT INTO lacma VALUES (1, 'Vase')", "main", "main");

  const branch = ok(
    "create_branch feature",
    await api.POST("/api/v1alpha1/{owner}/{database}/branches", {
      params: { path: db },
      body: { revisionType: "branch", revisionName: "main", newBranchName: "feature" },
    }),
  );
  check(branch.new_branch_name === "feature", "create_branch", branch);
  await write("INSERT INTO lacma VALUES (2, 'Bowl')", "feature", "feature");

  const listed = ok(
    "list_branches",
    await api.GET("/api/v1alpha1/{owner}/{database}/branches", { params: { path: db } }),
  );
  const names = (listed.branches ?? []).map((b) => b.branch_name ?? b.name ?? "").sort();
  check(JSON.stringify(names) === JSON.stringify(["feature", "main"]), "list_branches", listed);

  const rows = async (ref: string) => {
    const result = ok(
      `sql_read on ${ref}`,
      await api.GET("/api/v1alpha1/{owner}/{database}/{ref}", {
        params: { path: { ...db, ref }, query: { q: "SELECT id, title FROM lacma ORDER BY id" } },
      }),
    );
    check(is(result.query_execution_status, "Success"), `sql_read on ${ref}`, result);
    return JSON.stringify((result.rows ?? []).map((r) => [r["id"], r["title"]]));
  };
  check((await rows("feature")) === JSON.stringify([["1", "Vase"], ["2", "Bowl"]]), "read feature", null);
  check((await rows("main")) === JSON.stringify([["1", "Vase"]]), "read main before the merge", null);

  const pull = ok(
    "create_pull feature -> main",
    await api.POST("/api/v1alpha1/{owner}/{database}/pulls", {
      params: { path: db },
      body: {
        title: "Add the bowl",
        fromBranchOwnerName: owner,
        fromBranchRepoName: database,
        fromBranchName: "feature",
        toBranchOwnerName: owner,
        toBranchRepoName: database,
        toBranchName: "main",
      },
    }),
  );
  // Documented as a string; some servers send a number (quirk 6).
  const pull_id = pull.pull_id === undefined ? "" : String(pull.pull_id);
  check(pull_id.length > 0, "create_pull", pull);

  const merging = ok(
    "merge_pull",
    await api.POST("/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge", {
      params: { path: { ...db, pull_id } },
    }),
  );
  const operationName = merging.operation_name;
  check(typeof operationName === "string" && operationName.length > 0, "merge_pull", merging);
  const deadline = Date.now() + POLL_DEADLINE_MS;
  for (;;) {
    const polled = ok(
      "poll_merge",
      await api.GET("/api/v1alpha1/{owner}/{database}/pulls/{pull_id}/merge", {
        params: { path: { ...db, pull_id }, query: { operationName } },
      }),
      true,
    );
    if (is(polled.job_status, "Completed")) {
      console.log("smoke ts v1alpha1: merge job: completed");
      break;
    }
    check(!is(polled.job_status, "Failed") && !is(polled.job_status, "Error"), "poll_merge", polled);
    check(Date.now() < deadline, `poll_merge: not completed after ${POLL_DEADLINE_MS} ms`, polled);
    await pause();
  }
  const after = ok("get_pull", await api.GET("/api/v1alpha1/{owner}/{database}/pulls/{pull_id}", {
    params: { path: { ...db, pull_id } },
  }));
  check(is(after.state, "merged"), "get_pull after the merge", after);
  check((await rows("main")) === JSON.stringify([["1", "Vase"], ["2", "Bowl"]]), "read main after the merge", null);

  // An error answer, typed by the spec: a database that does not exist.
  const missing = await api.GET("/api/v1alpha1/{owner}/{database}/branches", {
    params: { path: { owner, database: `${database}-missing` } },
  });
  check(
    missing.response.status >= 400 &&
      missing.response.status < 500 &&
      missing.error !== undefined &&
      is(missing.error.status, "Error"),
    "list_branches (missing database)",
    missing.error,
  );
  console.log(`smoke ts v1alpha1: list_branches (missing database): ${missing.response.status} ${missing.error.message}: ok`);

  console.log(
    `smoke ts v1alpha1: database ${owner}/${database} has branches ${names.join(", ")}; pull #${pull_id} merged`,
  );
}

main().catch((e: unknown) => {
  console.error(`smoke ts v1alpha1: FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});

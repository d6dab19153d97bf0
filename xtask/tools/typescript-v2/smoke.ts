// A TypeScript program against a running sandbox, through openapi-fetch and the types
// openapi-typescript generates from openapi/dolthub-v2.yaml.
//
// `cargo xtask spec-check` compiles it with `tsc --strict` beside the generated
// `dolthub-v2.d.ts`, and `cargo xtask contract` runs it with node during the v2 pass:
//     node js/smoke.js <base URL>        (token in DOLTHUB_SMOKE_TOKEN)
// It creates a database, writes through SQL and the operations poller, reads the rows back,
// lists branches, opens and merges a pull request and checks a problem answer, asserting
// on each typed answer. Any wrong answer exits non-zero with the step and the raw body.
import createClient from "openapi-fetch";
import type { components, paths } from "./dolthub-v2";

type Schemas = components["schemas"];

// Node's globals; the program is built without @types/node (one small package fewer).
declare const process: {
  argv: string[];
  env: Record<string, string | undefined>;
  exitCode: number | undefined;
};

/** Generous for a loaded 2-core machine; the sandbox finishes jobs in milliseconds. */
const POLL_DEADLINE_MS = 30_000;

class SmokeFailure extends Error {}

function check(condition: boolean, step: string, got: unknown): asserts condition {
  if (!condition) {
    throw new SmokeFailure(`${step}: unexpected answer ${JSON.stringify(got)}`);
  }
}

/** The body of a 2xx answer, or a failure naming the step, the status and the body. */
function ok<T>(
  step: string,
  status: number,
  got: { data?: T; error?: unknown; response: Response },
  quiet = false,
): T {
  if (got.response.status !== status || got.data === undefined) {
    throw new SmokeFailure(
      `${step}: HTTP ${got.response.status} (wanted ${status}): ${JSON.stringify(got.error ?? got.data)}`,
    );
  }
  if (!quiet) console.log(`smoke ts v2: ${step}: ok`);
  return got.data;
}

async function main(): Promise<void> {
  const baseUrl = process.argv[2];
  const token = process.env["DOLTHUB_SMOKE_TOKEN"];
  if (baseUrl === undefined || token === undefined || token === "") {
    throw new SmokeFailure("usage: DOLTHUB_SMOKE_TOKEN=... node smoke.js <base URL>");
  }
  const api = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

  const me = ok("get_current_user", 200, await api.GET("/api/v2/user")).data;
  check(me.username.length > 0, "get_current_user", me);
  const owner = me.username;
  const database = `contract-ts-v2-${Date.now().toString(36)}`;
  const db = { owner, database };

  const created = ok(
    "create_database",
    201,
    await api.POST("/api/v2/databases", { body: { owner, name: database, visibility: "public" } }),
  ).data;
  check(created.name === database && created.owner === owner, "create_database", created);

  /** Polls the operation a 202 started until it is done; fails unless it succeeded. */
  async function settle(step: string, ref: Schemas["OperationRef"], type: Schemas["OperationType"]) {
    check(ref.id.length > 0, step, ref);
    const deadline = Date.now() + POLL_DEADLINE_MS;
    for (;;) {
      const op: Schemas["Operation"] = ok(
        `${step} (poll)`,
        200,
        await api.GET("/api/v2/operations/{operation_id}", {
          params: { path: { operation_id: ref.id } },
        }),
        true,
      ).data;
      check(op.id === ref.id && op.type === type, `${step} (poll)`, op);
      if (op.status === "succeeded") {
        console.log(`smoke ts v2: ${step}: succeeded`);
        return op;
      }
      check(op.status !== "failed", `${step} (poll)`, op);
      check(Date.now() < deadline, `${step}: not done after ${POLL_DEADLINE_MS} ms`, op);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async function write(q: string, from_branch: string, to_branch: string): Promise<string> {
    const started = ok(
      `run_sql_write_query ${q.split(" ")[0]}`,
      202,
      await api.POST("/api/v2/databases/{owner}/{database}/sql-writes", {
        params: { path: db },
        body: { from_branch, to_branch, q },
      }),
    ).data;
    const op = await settle(`sql write ${q.split(" ")[0]}`, started, "sql_write");
    const result = op.result as Schemas["SqlWriteResult"] | undefined;
    check(typeof result?.commit_sha === "string" && result.commit_sha.length > 0, "sql write result", op);
    return result.commit_sha;
  }

  await write("CREATE TABLE lacma (id INT PRIMARY KEY, title VARCHAR(100))", "main", "main");
  const mainHead = await write("INSERT INTO lacma VALUES (1, 'Vase')", "main", "main");

  const feature = ok(
    "create_branch feature",
    201,
    await api.POST("/api/v2/databases/{owner}/{database}/branches", {
      params: { path: db },
      body: { name: "feature", from: { branch: "main" } },
    }),
  ).data;
  check(feature.name === "feature" && feature.head_commit_sha === mainHead, "create_branch", feature);
  await write("INSERT INTO lacma VALUES (2, 'Bowl')", "feature", "feature");

  const branches = ok(
    "list_branches",
    200,
    await api.GET("/api/v2/databases/{owner}/{database}/branches", { params: { path: db } }),
  ).data;
  const names = branches.map((b) => b.name).sort();
  check(JSON.stringify(names) === JSON.stringify(["feature", "main"]), "list_branches", branches);

  const branchRef = (branch_name: string): Schemas["BranchRef"] => ({
    database: { owner, name: database },
    branch_name,
  });
  const pull = ok(
    "create_pull feature -> main",
    201,
    await api.POST("/api/v2/databases/{owner}/{database}/pulls", {
      params: { path: db },
      body: { title: "Add the bowl", from_branch: branchRef("feature"), to_branch: branchRef("main") },
    }),
  ).data;
  check(pull.pull_number >= 1 && pull.state === "open", "create_pull", pull);

  const rows = async (ref: string) => {
    const result = ok(
      `run_sql_read_query on ${ref}`,
      200,
      await api.GET("/api/v2/databases/{owner}/{database}/sql", {
        params: { path: db, query: { ref, q: "SELECT id, title FROM lacma ORDER BY id" } },
      }),
    ).data;
    check(result.status === "success" && result.columns.length === 2, "run_sql_read_query", result);
    return JSON.stringify(result.rows);
  };
  check((await rows("feature")) === JSON.stringify([["1", "Vase"], ["2", "Bowl"]]), "read feature", null);
  check((await rows("main")) === JSON.stringify([["1", "Vase"]]), "read main before the merge", null);

  const pullPath = { ...db, pull_number: String(pull.pull_number) };
  const merging = ok(
    "merge_pull",
    202,
    await api.POST("/api/v2/databases/{owner}/{database}/pulls/{pull_number}/merge", {
      params: { path: pullPath },
      body: {},
    }),
  ).data;
  const merged = await settle("merge", merging, "merge");
  const mergeResult = merged.result as Schemas["MergeResult"] | undefined;
  check(String(mergeResult?.pull_id) === String(pull.pull_number), "merge result", merged);
  const after = ok(
    "get_pull",
    200,
    await api.GET("/api/v2/databases/{owner}/{database}/pulls/{pull_number}", { params: { path: pullPath } }),
  ).data;
  check(after.state === "merged", "get_pull after the merge", after);
  check((await rows("main")) === JSON.stringify([["1", "Vase"], ["2", "Bowl"]]), "read main after the merge", null);

  // A problem answer, typed by the spec: a database that does not exist.
  const missing = await api.GET("/api/v2/databases/{owner}/{database}", {
    params: { path: { owner, database: `${database}-missing` } },
  });
  check(missing.response.status === 404 && missing.error?.code === "NOT_FOUND", "get_database (missing)", missing.error);
  console.log("smoke ts v2: get_database (missing): 404 NOT_FOUND: ok");

  console.log(
    `smoke ts v2: database ${owner}/${database} has branches ${names.join(", ")}; pull #${pull.pull_number} merged`,
  );
}

main().catch((e: unknown) => {
  console.error(`smoke ts v2: FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});

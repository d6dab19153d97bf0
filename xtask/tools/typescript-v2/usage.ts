// A small consumer of the types openapi-typescript generates from openapi/dolthub-v2.yaml.
// `cargo xtask spec-check` copies it next to the generated `dolthub-v2.d.ts` and runs
// `tsc --noEmit` on both, so a spec change that breaks typical use fails CI.
import type { components, operations, paths } from "./dolthub-v2";

type Schemas = components["schemas"];

// Request bodies: required fields and closed enums are enforced.
const createDatabase: Schemas["CreateDatabaseRequest"] = {
  owner: "liuliu",
  name: "museum-collections",
  visibility: "private",
};

// `from` is one of two named shapes.
const fromCommit: Schemas["CreateBranchRequest"] = {
  name: "lacma",
  from: { commit: "0p5ng7hd4lcjeqv2b1m3r8k6t9s0u2vf" },
};

// The merge body is the empty object.
const merge: Schemas["MergePullRequest"] = {};

// Envelopes are named per operation, so `data` is typed; `meta` may be missing (last page).
type BranchPage =
  operations["list_branches"]["responses"]["200"]["content"]["application/json"];
function nextToken(page: BranchPage): string | undefined {
  const token = page.meta?.next_page_token;
  return token === undefined || token === "" ? undefined : token;
}
function branchNames(page: BranchPage): string[] {
  return page.data.map((b) => b.name);
}

// Query parameters of the SQL read.
const read: operations["run_sql_read_query"]["parameters"]["query"] = {
  ref: "main",
  q: "SELECT 1",
  limit: "100",
};

// Path templates and their parameters; the operation id goes in one encoded segment.
type PollPath = paths["/api/v2/operations/{operation_id}"]["get"]["parameters"]["path"];
const poll: PollPath = { operation_id: encodeURIComponent("owners/liuliu/repos/m/jobs/1") };

// Polling: stop on succeeded or failed, read `result` by `type`.
type Operation = Schemas["Operation"];
function finished(op: Operation): boolean {
  return op.status === "succeeded" || op.status === "failed";
}
function pullIdOf(op: Operation): string | undefined {
  if (op.type !== "import" && op.type !== "merge") return undefined;
  const result = op.result as Schemas["MergeResult"] | undefined;
  return result?.pull_id === undefined ? undefined : String(result.pull_id);
}

// Problems, whichever media type carried them; `code` may hold values not listed today.
type Problem =
  operations["get_pull"]["responses"]["404"]["content"]["application/problem+json"];
function isNotFound(p: Problem): boolean {
  return p.code === "NOT_FOUND" || p.status === 404;
}

export const used = [createDatabase, fromCommit, merge, nextToken, branchNames, read, poll, finished, pullIdOf, isNotFound];

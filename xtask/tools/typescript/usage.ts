// A small consumer of the types openapi-typescript generates from openapi/dolthub-v1alpha1.yaml.
// `cargo xtask spec-check` copies it next to the generated `dolthub-v1alpha1.d.ts` and runs
// `tsc --noEmit` on both, so a spec change that breaks typical use fails CI.
import type { components, operations, paths } from "./dolthub-v1alpha1";

type Schemas = components["schemas"];

// Request bodies: required fields are enforced.
const createDatabase: Schemas["CreateDatabaseRequest"] = {
  ownerName: "dolthub",
  repoName: "museum-collections",
  visibility: "public",
};

// Responses: every field is optional. Wire spellings listed in `x-dolthub-variant-keys`
// (such as "title:") are not typed properties; read them from the raw object as a fallback.
function pullTitle(pull: Schemas["PullSummary"]): string {
  const variant = (pull as Record<string, unknown>)["title:"];
  return pull.title ?? (typeof variant === "string" ? variant : "");
}

// pull_id is documented as a string; some servers send a number. Normalise at the edge.
function pullId(raw: { pull_id?: string | number }): string {
  return raw.pull_id === undefined ? "" : String(raw.pull_id);
}

// Query parameters, including the paging token and filters with their enums.
const listPulls: NonNullable<operations["list_pulls"]["parameters"]["query"]> = {
  pageToken: "AWE2Nm9uMWQ=",
  filterByState: "Open",
};

// Path templates and their parameters.
type SqlReadPath = paths["/api/v1alpha1/{owner}/{database}/{ref}"]["get"]["parameters"]["path"];
const read: SqlReadPath = { owner: "dolthub", database: "museum-collections", ref: "feature%2Flacma" };

// The 200 body of a poll, narrowed the way a waiter would.
type PollMerge =
  operations["poll_merge"]["responses"]["200"]["content"]["application/json"];
function mergeFinished(poll: PollMerge): boolean {
  return poll.done === true || (poll.job_status ?? "").toLowerCase() === "completed";
}

// Error envelopes are open objects.
type ApiError = Schemas["ErrorEnvelope"];
const err: ApiError = { status: "Error", message: "no such repository", database_owner: "x" };

export const used = [createDatabase, pullTitle, pullId, listPulls, read, mergeFinished, err];

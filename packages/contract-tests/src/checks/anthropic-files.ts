import { isRecord } from "../assertions/excerpt.js";
import { requestOperation } from "../assertions/json-response.js";
import { type CheckContext, featureChecks } from "./check.js";
import { idOf } from "./files.js";
import { anthropicFileUploadForm, uploadFilename, uploadMediaType, uploadPng } from "./requests.js";

/** Uploads the PNG; returns the file object when the answer was one (valid or not). */
async function upload(context: CheckContext): Promise<Record<string, unknown> | undefined> {
  const file = await requestOperation(context, "uploadAnthropicFile", {
    form: anthropicFileUploadForm(),
    mockExample: "anthropic-file-object",
  });
  return isRecord(file) ? file : undefined;
}

const retrieve = (context: CheckContext, id: string) =>
  requestOperation(context, "retrieveAnthropicFile", {
    pathParams: { file_id: id },
    mockExample: "anthropic-file-object",
  });

const remove = (context: CheckContext, id: string) =>
  requestOperation(context, "deleteAnthropicFile", {
    pathParams: { file_id: id },
    mockExample: "anthropic-file-deleted",
  });

/** Records a failure at `path` unless the answer's `actual` is the `expected` value, `what` it must be. */
function expectValue(context: CheckContext, path: string, what: string, expected: unknown, actual: unknown) {
  if (actual !== expected)
    context.fail(path, `must be ${what} ${JSON.stringify(expected)}; got ${JSON.stringify(actual)}`);
}

export const anthropicFilesChecks = featureChecks("anthropic-files", [
  {
    name: "upload",
    title:
      "an Anthropic-format upload (multipart/form-data, anthropic-beta), its retrieval and its deletion answer a valid file and deletion",
    async run(context) {
      const id = idOf(await upload(context));
      if (!id) return;
      await retrieve(context, id);
      await remove(context, id);
    },
  },
  {
    name: "list",
    title: "the Anthropic-format file list is a valid page of files",
    async run(context) {
      await requestOperation(context, "listAnthropicFiles", { mockExample: "anthropic-file-list" });
    },
  },
  {
    name: "round-trip",
    title:
      "the uploaded file keeps its size, name and media type, is retrieved by its id, and its deletion names it",
    needsRealProvider: "a static mock answers with its example file, not the one uploaded",
    async run(context) {
      const file = await upload(context);
      const id = idOf(file);
      if (!file || !id) return;
      expectValue(context, "size_bytes", "the upload's size", uploadPng.length, file.size_bytes);
      expectValue(context, "filename", "the upload's name", uploadFilename, file.filename);
      expectValue(context, "mime_type", "the upload's media type", uploadMediaType, file.mime_type);
      const retrieved = await retrieve(context, id);
      if (isRecord(retrieved))
        expectValue(context, "(retrieved) id", "the uploaded file's", id, retrieved.id);
      const deleted = await remove(context, id);
      if (isRecord(deleted)) expectValue(context, "(deleted) id", "the uploaded file's", id, deleted.id);
    },
  },
]);

import { isRecord } from "../assertions/excerpt.js";
import { requestJson } from "../assertions/json-response.js";
import { type CheckContext, featureChecks } from "./check.js";
import { filesPath, fileUploadForm, uploadFilename, uploadPng } from "./requests.js";

/** Uploads the PNG; returns the File object when the answer was one (valid or not). */
async function upload(context: CheckContext): Promise<Record<string, unknown> | undefined> {
  const file = await requestJson(
    context,
    { method: "POST", path: filesPath, form: fileUploadForm(), mockExample: "file-object" },
    "uploadFile",
  );
  return isRecord(file) ? file : undefined;
}

async function retrieve(context: CheckContext, id: string): Promise<unknown> {
  return requestJson(
    context,
    { method: "GET", path: `${filesPath}/${encodeURIComponent(id)}`, mockExample: "file-object" },
    "retrieveFile",
  );
}

async function remove(context: CheckContext, id: string): Promise<unknown> {
  return requestJson(
    context,
    { method: "DELETE", path: `${filesPath}/${encodeURIComponent(id)}`, mockExample: "file-deleted" },
    "deleteFile",
  );
}

function idOf(file: Record<string, unknown> | undefined): string | undefined {
  return typeof file?.id === "string" && file.id !== "" ? file.id : undefined;
}

export const filesChecks = featureChecks("files", [
  {
    name: "upload",
    title:
      "an upload (multipart/form-data), its retrieval and its deletion answer a valid File object and deletion",
    async run(context) {
      const id = idOf(await upload(context));
      if (!id) return;
      await retrieve(context, id);
      await remove(context, id);
    },
  },
  {
    name: "list",
    title: "GET /files is a valid file list",
    async run(context) {
      await requestJson(context, { method: "GET", path: filesPath, mockExample: "file-list" }, "listFiles");
    },
  },
  {
    name: "round-trip",
    title: "the uploaded file keeps its size and name, is retrieved by its id, and its deletion names it",
    needsRealProvider: "a static mock answers with its example file, not the one uploaded",
    async run(context) {
      const file = await upload(context);
      const id = idOf(file);
      if (!file || !id) return;
      if (file.bytes !== uploadPng.length) {
        context.fail(
          "bytes",
          `must be the upload's size (${uploadPng.length}); got ${JSON.stringify(file.bytes)}`,
        );
      }
      if (file.filename !== uploadFilename) {
        context.fail(
          "filename",
          `must be the upload's name ${JSON.stringify(uploadFilename)}; got ${JSON.stringify(file.filename)}`,
        );
      }
      const retrieved = await retrieve(context, id);
      if (isRecord(retrieved) && retrieved.id !== id) {
        context.fail(
          "(retrieved) id",
          `must be the uploaded file's ${JSON.stringify(id)}; got ${JSON.stringify(retrieved.id)}`,
        );
      }
      const deleted = await remove(context, id);
      if (isRecord(deleted) && (deleted.id !== id || deleted.deleted !== true)) {
        context.fail(
          "(deleted)",
          `must name ${JSON.stringify(id)} with deleted: true; got ${JSON.stringify(deleted)}`,
        );
      }
    },
  },
]);

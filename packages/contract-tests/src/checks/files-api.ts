import { isRecord } from "../assertions/excerpt.js";
import { requestOperation } from "../assertions/json-response.js";
import { type Check, type CheckContext, type Feature, featureChecks, type Title } from "./check.js";

/** A value an answer's field must have, and what it is, for the message. */
interface Expected {
  value: unknown;
  what?: string;
}

/** One shape of the Files API (OpenAI's, Anthropic's): its operations and what its answers must keep. */
export interface FilesApi {
  operations: { upload: string; list: string; retrieve: string; remove: string };
  /** The examples a mock answers with. */
  mockExamples: { file: string; list: string; deleted: string };
  form(): FormData;
  /** The fields of the uploaded file's answer that must be the upload's. */
  keptFields: Readonly<Record<string, Expected>>;
  /** The fields of the deletion's answer, which must name the deleted file `id`. */
  deletedFields(id: string): Readonly<Record<string, Expected>>;
  titles: { upload: Title; list: Title; roundTrip: Title };
}

/** Records a failure at `path` unless the answer's `actual` is the `expected` value. */
function expectValue(context: CheckContext, path: string, expected: Expected, actual: unknown): void {
  if (actual === expected.value) return;
  const what = expected.what ? `${expected.what} ` : "";
  context.fail(path, `must be ${what}${JSON.stringify(expected.value)}; got ${JSON.stringify(actual)}`);
}

function idOf(file: Record<string, unknown> | undefined): string | undefined {
  return typeof file?.id === "string" && file.id !== "" ? file.id : undefined;
}

/** The checks of a Files API: upload, retrieval and deletion; the list; the round trip (a real provider's). */
export function filesApiChecks(feature: Feature, api: FilesApi): Check[] {
  const { operations, mockExamples } = api;
  /** Uploads the PNG; returns the file object when the answer was one (valid or not). */
  const upload = async (context: CheckContext) => {
    const file = await requestOperation(context, operations.upload, {
      form: api.form(),
      mockExample: mockExamples.file,
    });
    return isRecord(file) ? file : undefined;
  };
  const retrieve = (context: CheckContext, id: string) =>
    requestOperation(context, operations.retrieve, {
      pathParams: { file_id: id },
      mockExample: mockExamples.file,
    });
  const remove = (context: CheckContext, id: string) =>
    requestOperation(context, operations.remove, {
      pathParams: { file_id: id },
      mockExample: mockExamples.deleted,
    });

  return featureChecks(feature, [
    {
      name: "upload",
      title: api.titles.upload,
      async run(context) {
        const id = idOf(await upload(context));
        if (!id) return;
        await retrieve(context, id);
        await remove(context, id);
      },
    },
    {
      name: "list",
      title: api.titles.list,
      async run(context) {
        await requestOperation(context, operations.list, { mockExample: mockExamples.list });
      },
    },
    {
      name: "round-trip",
      title: api.titles.roundTrip,
      needsRealProvider: "a static mock answers with its example file, not the one uploaded",
      async run(context) {
        const file = await upload(context);
        const id = idOf(file);
        if (!file || !id) return;
        for (const [field, expected] of Object.entries(api.keptFields))
          expectValue(context, field, expected, file[field]);
        const uploaded = { value: id, what: "the uploaded file's" };
        const retrieved = await retrieve(context, id);
        if (isRecord(retrieved)) expectValue(context, "(retrieved) id", uploaded, retrieved.id);
        const deleted = await remove(context, id);
        if (!isRecord(deleted)) return;
        for (const [field, expected] of Object.entries(api.deletedFields(id)))
          expectValue(context, `(deleted) ${field}`, expected, deleted[field]);
      },
    },
  ]);
}

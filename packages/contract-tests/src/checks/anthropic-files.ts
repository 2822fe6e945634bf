import { filesApiChecks } from "./files-api.js";
import { anthropicFileUploadForm, uploadFilename, uploadMediaType, uploadPng } from "./requests.js";

export const anthropicFilesChecks = filesApiChecks("anthropic-files", {
  operations: {
    upload: "uploadAnthropicFile",
    list: "listAnthropicFiles",
    retrieve: "retrieveAnthropicFile",
    remove: "deleteAnthropicFile",
  },
  mockExamples: {
    file: "anthropic-file-object",
    list: "anthropic-file-list",
    deleted: "anthropic-file-deleted",
  },
  form: anthropicFileUploadForm,
  keptFields: {
    size_bytes: { value: uploadPng.length, what: "the upload's size" },
    filename: { value: uploadFilename, what: "the upload's name" },
    mime_type: { value: uploadMediaType, what: "the upload's media type" },
  },
  deletedFields: (id) => ({ id: { value: id, what: "the uploaded file's" } }),
  titles: {
    upload:
      "an Anthropic-format upload (multipart/form-data, anthropic-beta), its retrieval and its deletion answer a valid file and deletion",
    list: "the Anthropic-format file list is a valid page of files",
    roundTrip:
      "the uploaded file keeps its size, name and media type, is retrieved by its id, and its deletion names it",
  },
});

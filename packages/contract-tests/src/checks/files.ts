import { operationLabel } from "../operations.js";
import { filesApiChecks } from "./files-api.js";
import { fileUploadForm, uploadFilename, uploadPng } from "./requests.js";

const operations = {
  upload: "uploadFile",
  list: "listFiles",
  retrieve: "retrieveFile",
  remove: "deleteFile",
};

export const filesChecks = filesApiChecks("files", {
  operations,
  mockExamples: { file: "file-object", list: "file-list", deleted: "file-deleted" },
  form: fileUploadForm,
  keptFields: {
    bytes: { value: uploadPng.length, what: "the upload's size" },
    filename: { value: uploadFilename, what: "the upload's name" },
  },
  deletedFields: (id) => ({ id: { value: id, what: "the uploaded file's" }, deleted: { value: true } }),
  titles: {
    upload:
      "an upload (multipart/form-data), its retrieval and its deletion answer a valid File object and deletion",
    list: () => `${operationLabel(operations.list)} is a valid file list`,
    roundTrip: "the uploaded file keeps its size and name, is retrieved by its id, and its deletion names it",
  },
});

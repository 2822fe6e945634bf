import { type Upload, uploadForm } from "./form.js";
import { filesBaseURL } from "./generated/providers.js";
import { callOperation, fileIdParams, type OperationCall } from "./operation.js";
import type { RequestOptions } from "./request.js";
import type { FileDeleted, FileList, FileListQuery, FileObject, FileUploadRequest } from "./types.js";

/** A call of the Files API. */
function filesCall(call: Omit<OperationCall, "server" | "path">, path = "/files"): OperationCall {
  return { ...call, path, server: filesBaseURL };
}

/** A call of one file, by its ID. */
function fileCall(method: "GET" | "DELETE", fileId: string): OperationCall {
  return filesCall({ method, params: fileIdParams(fileId) }, "/files/{file_id}");
}

/** `POST /files`: uploads a `Blob` or `File` (an image) for messages to use by its ID. */
export async function uploadFile(
  client: object,
  upload: Upload<FileUploadRequest>,
  options?: RequestOptions,
): Promise<FileObject> {
  return callOperation(client, filesCall({ method: "POST", body: uploadForm(upload) }), options);
}

/** `GET /files`: one page of the API key's files. */
export async function listFiles(
  client: object,
  query?: FileListQuery,
  options?: RequestOptions,
): Promise<FileList> {
  return callOperation(client, filesCall({ method: "GET", params: { query } }), options);
}

/** `GET /files/{file_id}`: one file's details. */
export async function retrieveFile(
  client: object,
  fileId: string,
  options?: RequestOptions,
): Promise<FileObject> {
  return callOperation(client, fileCall("GET", fileId), options);
}

/** `DELETE /files/{file_id}`. */
export async function deleteFile(
  client: object,
  fileId: string,
  options?: RequestOptions,
): Promise<FileDeleted> {
  return callOperation(client, fileCall("DELETE", fileId), options);
}

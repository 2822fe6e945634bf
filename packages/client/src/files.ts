import { type Upload, uploadForm } from "./form.js";
import { filesBaseURL } from "./generated/providers.js";
import { callOperation, pathId } from "./operation.js";
import type { RequestOptions } from "./request.js";
import type { FileDeleted, FileList, FileListQuery, FileObject, FileUploadRequest } from "./types.js";

/** `POST /files`: uploads a `Blob` or `File` (an image) for messages to use by its ID. */
export async function uploadFile(
  client: object,
  upload: Upload<FileUploadRequest>,
  options?: RequestOptions,
): Promise<FileObject> {
  const body = uploadForm(upload);
  return callOperation(
    client,
    { method: "POST", path: "/files", server: filesBaseURL, body },
    false,
    options,
  ) as Promise<FileObject>;
}

/** `GET /files`: one page of the API key's files. */
export async function listFiles(
  client: object,
  query?: FileListQuery,
  options?: RequestOptions,
): Promise<FileList> {
  const params = { query };
  return callOperation(
    client,
    { method: "GET", path: "/files", server: filesBaseURL, params },
    false,
    options,
  ) as Promise<FileList>;
}

/** `GET /files/{file_id}`: one file's details. */
export async function retrieveFile(
  client: object,
  fileId: string,
  options?: RequestOptions,
): Promise<FileObject> {
  const params = { path: pathId("file_id", fileId) };
  return callOperation(
    client,
    { method: "GET", path: "/files/{file_id}", server: filesBaseURL, params },
    false,
    options,
  ) as Promise<FileObject>;
}

/** `DELETE /files/{file_id}`. */
export async function deleteFile(
  client: object,
  fileId: string,
  options?: RequestOptions,
): Promise<FileDeleted> {
  const params = { path: pathId("file_id", fileId) };
  return callOperation(
    client,
    { method: "DELETE", path: "/files/{file_id}", server: filesBaseURL, params },
    false,
    options,
  ) as Promise<FileDeleted>;
}

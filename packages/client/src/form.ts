import { DeepSeekError } from "./errors.js";

/** What an upload sends: the file as a `Blob` (a `File` keeps its name) and the other form fields of the spec. */
export type Upload<Fields> = Omit<Fields, "file"> & {
  file: Blob;
  /** The file name to send; default: the `File`'s own name (a plain `Blob` is sent as `blob`). */
  filename?: string | undefined;
};

/** The `multipart/form-data` body of an upload, built with the web's FormData only (no Node built-ins). */
export function uploadForm({ file, filename, ...fields }: Upload<{ file: unknown }>): FormData {
  if (!(file instanceof Blob))
    throw new DeepSeekError(`file must be a Blob or File, got ${file === null ? "null" : typeof file}`);
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value != null) form.append(name, String(value));
  if (filename === undefined) form.append("file", file);
  else form.append("file", file, filename);
  return form;
}

// `x-itemSchema` (OpenAPI 3.2's `itemSchema` on a `text/event-stream` media type, as an extension in 3.1) holds a
// Schema. With this type, Redocly lints it as one, and `redocly bundle` keeps it a `$ref` to its component instead of
// inlining a second copy.

/** @param {Record<string, any>} types Redocly's OpenAPI 3 node types. */
export function withItemSchema(types) {
  return {
    ...types,
    MediaType: {
      ...types.MediaType,
      properties: { ...types.MediaType.properties, "x-itemSchema": "Schema" },
    },
  };
}

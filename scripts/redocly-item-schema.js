// A Redocly plugin: `x-itemSchema` (OpenAPI 3.2's `itemSchema` on a `text/event-stream` media type, as an extension
// in 3.1) holds a Schema. Redocly then lints it as one, and `redocly bundle` keeps it a `$ref` to its component
// instead of inlining a second copy.
export default function itemSchemaPlugin() {
  return {
    id: "item-schema",
    typeExtension: {
      oas3(types) {
        return {
          ...types,
          MediaType: {
            ...types.MediaType,
            properties: { ...types.MediaType.properties, "x-itemSchema": "Schema" },
          },
        };
      },
    },
  };
}

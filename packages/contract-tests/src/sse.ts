// The suite reads event streams with the spec package's splitter (eventsource-parser).
export {
  type SplitEventStream as ParsedEventStream,
  splitEventStream as parseEventStream,
} from "@deepseek-openapi/spec";

/**
 * Renders a request example (JSON) as source code: a TypeScript object literal, a Python value, Python keyword
 * arguments. A value fits on one line when it can (within {@link lineWidth}), else each entry gets its own line,
 * with a trailing comma, as biome and black lay them out. Strings are JSON strings: valid in both languages.
 */

/** Source code to emit as it is, such as the variable that holds an upload's bytes. */
export class Code {
  constructor(readonly code: string) {}
}

/** The samples' line width (samples/biome.json). */
export const lineWidth = 80;

interface Dialect {
  indentUnit: string;
  /** `null`, `true`, `false` in this language. */
  keyword: (value: null | boolean) => string;
  key: (name: string) => string;
  /** The inside of `{ }` on one line: TypeScript pads it, Python does not. */
  pad: string;
}

const typescript: Dialect = {
  indentUnit: "  ",
  keyword: (value) => String(value),
  key: (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)),
  pad: " ",
};

const python: Dialect = {
  indentUnit: "    ",
  keyword: (value) => (value === null ? "None" : value ? "True" : "False"),
  key: (name) => JSON.stringify(name),
  pad: "",
};

function scalar(value: unknown, dialect: Dialect): string | undefined {
  if (value instanceof Code) return value.code;
  if (value === null || typeof value === "boolean") return dialect.keyword(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error(`${value} is not a JSON number`);
    return String(value);
  }
  if (typeof value !== "object") throw new Error(`cannot render a ${typeof value} as a literal`);
  return undefined;
}

function oneLine(value: unknown, dialect: Dialect): string {
  const plain = scalar(value, dialect);
  if (plain !== undefined) return plain;
  if (Array.isArray(value)) return `[${value.map((item) => oneLine(item, dialect)).join(", ")}]`;
  const entries = Object.entries(value as object).map(
    ([name, item]) => `${dialect.key(name)}: ${oneLine(item, dialect)}`,
  );
  return entries.length === 0 ? "{}" : `{${dialect.pad}${entries.join(", ")}${dialect.pad}}`;
}

/** `value` at `indent`, after `prefix` on its first line (the prefix counts towards the line width). */
function render(value: unknown, dialect: Dialect, indent: string, prefix = ""): string {
  const flat = oneLine(value, dialect);
  if (scalar(value, dialect) !== undefined || indent.length + prefix.length + flat.length <= lineWidth)
    return flat;
  const inner = indent + dialect.indentUnit;
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${render(item, dialect, inner)},`)
    : Object.entries(value as object).map(([name, item]) => {
        const key = `${dialect.key(name)}: `;
        return `${inner}${key}${render(item, dialect, inner, key)},`;
      });
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${lines.join("\n")}\n${indent}${close}`;
}

/** A TypeScript literal whose first line starts at column `indent.length` and whose later lines start with `indent`. */
export function typescriptLiteral(value: unknown, indent = ""): string {
  return render(value, typescript, indent);
}

/** A Python literal (`True`, `False`, `None`), laid out like {@link typescriptLiteral}. */
export function pythonLiteral(value: unknown, indent = ""): string {
  return render(value, python, indent);
}

/**
 * A request body as the keyword arguments of an SDK method, one per line at `indent`: the fields the method takes
 * as keywords in the body's order, then the others in one `extra_body` dict (the SDK merges it into the JSON body).
 */
export function pythonArguments(
  body: Record<string, unknown>,
  keywords: readonly string[],
  indent: string,
): string {
  const named = Object.entries(body).filter(([name]) => keywords.includes(name));
  const extra = Object.entries(body).filter(([name]) => !keywords.includes(name));
  if (extra.length > 0) named.push(["extra_body", Object.fromEntries(extra)]);
  return named
    .map(([name, value]) => `${indent}${name}=${render(value, python, indent, `${name}=`)},`)
    .join("\n");
}

/**
 * Some compatible providers name the chain of thought `reasoning`; the spec (and DeepSeek) call it
 * `reasoning_content`. Copy it over so the typed field holds it, whichever the provider sent.
 */
export function adoptReasoning(part: { reasoning?: unknown; reasoning_content?: unknown } | undefined): void {
  if (part && part.reasoning_content == null && typeof part.reasoning === "string") {
    part.reasoning_content = part.reasoning;
  }
}

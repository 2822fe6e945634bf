/**
 * Some compatible providers name the chain of thought `reasoning`; the spec (and DeepSeek) call it
 * `reasoning_content`. Copy it over, unless the provider sent both, so the typed field holds it either way.
 */
export function adoptReasoning(
  part: { reasoning?: string; reasoning_content?: string | null } | undefined,
): void {
  if (part?.reasoning) part.reasoning_content ??= part.reasoning;
}

/// <reference lib="dom" />
/**
 * Runs in the built page (inlined by src/example-samples-page.ts): makes the request samples panel show the samples
 * of the example the reader picks. Redoc CE shows one sample per language whatever the Example picker says; this
 * script rewrites the panel's code to the picked example's sample in the active language whenever the panel changes
 * (React re-renders it on every pick and language switch), and makes the copy button copy what is shown.
 *
 * It reads the samples from the JSON of the element `#example-samples` ({@link ExampleSamplesData}).
 */
export interface ExampleSamplesData {
  /** The labels of the language dropdown that have samples here (src/example-samples.ts, sampleLanguages). */
  languages: string[];
  /** By operationId, lower-cased as in the section's `data-section-id`; then by the picker's example title; then by language. */
  operations: Record<string, Record<string, Record<string, string>>>;
}

const panelSelector = ".panel-request-samples";
const copyButtonSelector = '[data-component-name="Buttons/CopyButton"]';

function readData(): ExampleSamplesData | undefined {
  const json = document.getElementById("example-samples")?.textContent;
  return json ? (JSON.parse(json) as ExampleSamplesData) : undefined;
}

/** The sample the panel should show: its operation's, for the picked example, in the active language. */
function wantedSample(panel: Element, data: ExampleSamplesData): string | undefined {
  const section = panel.closest("[data-section-id]")?.getAttribute("data-section-id") ?? "";
  const examples = data.operations[section.split("/").pop() ?? ""];
  const picked = panel.querySelector('[aria-label="Example"]')?.textContent?.trim() ?? "";
  const language = Array.from(
    panel.querySelectorAll(
      '[data-component-name="Panel/PanelHeader"] [data-component-name="Dropdown/Dropdown"] > button',
    ),
    (button) => button.textContent?.trim() ?? "",
  ).find((label) => data.languages.includes(label));
  return language === undefined ? undefined : examples?.[picked]?.[language];
}

/** Writes `source` into the code element, one `th-line` span per line as Redoc renders them, unhighlighted. */
function show(code: Element, source: string): void {
  const lines = source.split("\n").flatMap((text, index) => {
    const line = document.createElement("span");
    line.className = "th-line line";
    line.dataset.line = String(index + 1);
    line.textContent = text;
    return index === 0 ? [line] : [document.createTextNode("\n"), line];
  });
  code.replaceChildren(...lines);
}

function sync(data: ExampleSamplesData): void {
  for (const panel of Array.from(document.querySelectorAll(panelSelector))) {
    const source = wantedSample(panel, data);
    const code = panel.querySelector('pre[data-testid="source-code"] code');
    if (source !== undefined && code && code.textContent !== source) show(code, source);
  }
}

function start(): void {
  const data = readData();
  if (!data) return;
  // Redoc's copy button copies its own sample through a selection and execCommand("copy"); while one of our panels'
  // buttons is being clicked, the copy event carries the sample shown instead.
  let copying: string | undefined;
  document.addEventListener(
    "click",
    (event) => {
      const panel = (event.target as Element | null)?.closest?.(copyButtonSelector)?.closest(panelSelector);
      copying = panel ? wantedSample(panel, data) : undefined;
      if (copying !== undefined)
        setTimeout(() => {
          copying = undefined;
        });
    },
    true,
  );
  document.addEventListener(
    "copy",
    (event) => {
      if (copying === undefined || !event.clipboardData) return;
      event.clipboardData.setData("text/plain", copying);
      event.preventDefault();
    },
    true,
  );
  new MutationObserver(() => sync(data)).observe(document.body, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  sync(data);
}

start();

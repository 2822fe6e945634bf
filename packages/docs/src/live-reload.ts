/**
 * Live reload for `pnpm docs:preview`: pages get a tiny script that listens on a server-sent events endpoint, and
 * `reload()` tells every open page to reload after a rebuild.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

export const liveReloadPath = "/__live-reload";

const clientScript = `<script>new EventSource(${JSON.stringify(liveReloadPath)}).addEventListener("reload", () => location.reload());</script>`;

export interface LiveReload {
  intercept(request: IncomingMessage, response: ServerResponse): boolean;
  transformHtml(html: string): string;
  reload(): void;
  clients(): number;
  close(): void;
}

export function createLiveReload(): LiveReload {
  const open = new Set<ServerResponse>();
  return {
    intercept(request, response) {
      if (request.url !== liveReloadPath) return false;
      response.writeHead(200, {
        "content-type": "text/event-stream",
        "cache-control": "no-store",
        connection: "keep-alive",
      });
      response.write(": connected\n\n");
      open.add(response);
      request.on("close", () => open.delete(response));
      return true;
    },
    transformHtml(html) {
      return html.includes("</body>")
        ? html.replace("</body>", `${clientScript}</body>`)
        : html + clientScript;
    },
    reload() {
      for (const response of open) response.write("event: reload\ndata: {}\n\n");
    },
    clients: () => open.size,
    close() {
      for (const response of open) response.end();
      open.clear();
    },
  };
}

// Serves the built playground and answers the plugin's HTTP API from memory,
// so the plugin's screens can be clicked through without a Discourse.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../dist-playground/", import.meta.url));
const port = Number(process.env.PORT ?? 4300);
const host = process.env.HOST ?? "127.0.0.1";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".map": "application/json",
};

function staticFile(pathname: string): string | null {
  const path = normalize(
    join(root, pathname === "/" ? "playground/index.html" : pathname)
  );
  if (!path.startsWith(root) || !existsSync(path) || !statSync(path).isFile()) {
    return null;
  }
  return path;
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? "/", `http://${host}`);
  const file = staticFile(decodeURIComponent(pathname));
  if (!file) {
    response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    return;
  }
  response.writeHead(200, {
    "content-type": types[extname(file)] ?? "application/octet-stream",
  });
  createReadStream(file).pipe(response);
});

server.listen(port, host, () => {
  process.stdout.write(
    `Playground: http://${host}:${port}/  (Ctrl-C stops it)\n`
  );
});

function stop() {
  server.close(() => process.exit(0));
  server.closeAllConnections();
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

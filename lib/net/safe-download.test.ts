import dns from "node:dns";
import fs from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { LocalDiskStorage } from "../storage/local-disk";
import { DownloadError, type DownloadErrorCode } from "./download-error";
import { downloadToStorage, type DownloadOptions } from "./safe-download";

// Every server here listens on 127.0.0.0/8, and every refused address is refused before a connection is tried.
const AUDIO = Buffer.alloc(4000, 0x52);
let requests: string[] = [];

function handler(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  requests.push(url.pathname);
  const redirect = /^\/redirect\/(\d+)$/.exec(url.pathname);
  if (redirect) {
    const left = Number(redirect[1]);
    res.writeHead(302, { location: left > 1 ? `/redirect/${left - 1}` : "/audio.wav" }).end();
    return;
  }
  switch (url.pathname) {
    case "/audio.wav":
      res.writeHead(200, { "content-type": "Audio/WAV; rate=8000", "content-length": AUDIO.length }).end(AUDIO);
      return;
    case "/redirect-to":
      res.writeHead(307, { location: url.searchParams.get("url") ?? "" }).end();
      return;
    case "/no-location":
      res.writeHead(302).end();
      return;
    case "/missing":
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    case "/page.html":
      res.writeHead(200, { "content-type": "text/html" }).end("<html>log in first</html>");
      return;
    case "/big-declared":
      res.writeHead(200, { "content-type": "audio/mpeg", "content-length": 50_000 }).end(Buffer.alloc(50_000));
      return;
    case "/big-streamed": {
      // No Content-Length: only counting while streaming can catch it.
      res.writeHead(200, { "content-type": "audio/mpeg" });
      let sent = 0;
      const more = () => {
        while (sent < 50_000) {
          sent += 1000;
          if (!res.write(Buffer.alloc(1000))) return void res.once("drain", more);
        }
        res.end();
      };
      more();
      return;
    }
    case "/no-headers":
      return; // never answers
    case "/stalls":
      res.writeHead(200, { "content-type": "audio/wav" });
      res.write(Buffer.alloc(1000)); // then nothing
      return;
    case "/cut-off":
      res.writeHead(200, { "content-type": "audio/wav", "content-length": 10_000 });
      res.write(Buffer.alloc(1000), () => res.destroy());
      return;
    case "/auth":
      if (req.headers.authorization !== `Basic ${Buffer.from("pbx:s3cret@1").toString("base64")}`) {
        res.writeHead(401).end();
        return;
      }
      res.writeHead(200, { "content-type": "audio/wav" }).end(AUDIO);
      return;
    default:
      res.writeHead(500).end();
  }
}

const servers: http.Server[] = [];
async function listen(host: string): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return (server.address() as AddressInfo).port;
}

let port: number;
let base: string;
let root: string;
let storage: LocalDiskStorage;
const KEY = "records/rec_dl/original";

const permissive: DownloadOptions = { maxBytes: 10_000, timeoutMs: 5_000, allowPrivate: true };

async function storedFiles(): Promise<string[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

async function failure(url: string, opts: Partial<DownloadOptions> = {}): Promise<DownloadError> {
  const error = await downloadToStorage(url, storage, KEY, { ...permissive, ...opts }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DownloadError);
  return error as DownloadError;
}

async function expectRefused(url: string, code: DownloadErrorCode, opts: Partial<DownloadOptions> = {}) {
  const error = await failure(url, opts);
  expect(error.code, error.message).toBe(code);
  expect(await storedFiles()).toEqual([]);
  return error;
}

beforeAll(async () => {
  port = await listen("127.0.0.1");
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  for (const server of servers) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

beforeEach(async () => {
  requests = [];
  root = await fs.mkdtemp(path.join(os.tmpdir(), "safe-download-"));
  storage = new LocalDiskStorage(root);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await fs.rm(root, { recursive: true, force: true });
});

describe("downloadToStorage", () => {
  it("streams a recording into storage with its normalized type", async () => {
    const result = await downloadToStorage(`${base}/audio.wav`, storage, KEY, permissive);
    expect(result).toEqual({ size: AUDIO.length, contentType: "audio/wav", finalUrl: `${base}/audio.wav` });
    expect(await storage.stat(KEY)).toEqual({ size: AUDIO.length, contentType: "audio/wav" });
  });

  it("follows up to 3 redirects and reports the final URL", async () => {
    const result = await downloadToStorage(`${base}/redirect/3`, storage, KEY, permissive);
    expect(result.finalUrl).toBe(`${base}/audio.wav`);
    expect(requests).toEqual(["/redirect/3", "/redirect/2", "/redirect/1", "/audio.wav"]);
  });

  it("stops at the 4th redirect", async () => {
    const error = await expectRefused(`${base}/redirect/4`, "TOO_MANY_REDIRECTS");
    expect(error.status).toBe(422);
    expect(requests).toHaveLength(4);
  });

  it("sends user:password from the URL and leaves it out of finalUrl", async () => {
    const url = `http://pbx:s3cret%401@127.0.0.1:${port}/auth`;
    const result = await downloadToStorage(url, storage, KEY, permissive);
    expect(result.finalUrl).toBe(`${base}/auth`);
  });

  it.each([
    ["ftp://127.0.0.1/audio.wav"],
    ["file:///etc/passwd"],
    ["javascript:alert(1)"],
    ["data:audio/wav;base64,UklGRg=="],
    ["not a url"],
    ["//127.0.0.1/audio.wav"],
    [""],
  ])("refuses %s as BAD_URL without a request", async (url) => {
    const error = await expectRefused(url, "BAD_URL");
    expect(error.status).toBe(400);
    expect(requests).toEqual([]);
  });

  it("answers HTTP_ERROR with the remote status", async () => {
    const error = await expectRefused(`${base}/missing`, "HTTP_ERROR");
    expect(error.details.httpStatus).toBe(404);
    expect(error.status).toBe(422);
    expect(error.message).toMatch(/HTTP 404/);
    await expectRefused(`${base}/no-location`, "HTTP_ERROR");
  });

  it("refuses a declared Content-Length over the limit before storing anything", async () => {
    const error = await expectRefused(`${base}/big-declared`, "TOO_LARGE");
    expect(error.status).toBe(413);
    expect(error.details.limitBytes).toBe(10_000);
    expect(error.message).toMatch(/49 KB, larger than the 10 KB limit/);
  });

  it("stops a body that streams past the limit and removes the partial object", async () => {
    const error = await expectRefused(`${base}/big-streamed`, "TOO_LARGE");
    expect(error.message).toMatch(/larger than the 10 KB limit/);
  });

  it("refuses a content type outside the allowed list", async () => {
    const error = await expectRefused(`${base}/page.html`, "UNSUPPORTED_TYPE", {
      allowedContentTypes: ["audio/*", "application/octet-stream"],
    });
    expect(error.status).toBe(415);
    const ok = await downloadToStorage(`${base}/audio.wav`, storage, KEY, { ...permissive, allowedContentTypes: ["audio/*"] });
    expect(ok.contentType).toBe("audio/wav");
  });

  it("times out a server that never answers", async () => {
    const started = Date.now();
    const error = await expectRefused(`${base}/no-headers`, "TIMEOUT", { timeoutMs: 300 });
    expect(error.status).toBe(504);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it("times out a body that stalls half way and removes the partial object", async () => {
    await expectRefused(`${base}/stalls`, "TIMEOUT", { timeoutMs: 300 });
  });

  it("reports a connection cut off mid-body as UNREACHABLE and stores nothing", async () => {
    await expectRefused(`${base}/cut-off`, "UNREACHABLE");
  });

  it("reports a refused connection as UNREACHABLE", async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const error = await expectRefused(`http://127.0.0.1:${closedPort}/audio.wav`, "UNREACHABLE");
    expect(error.message).toMatch(/refused the connection/);
  });
});

describe("address checks", () => {
  it("refuses the same loopback URL when private addresses are not allowed, without connecting", async () => {
    const error = await expectRefused(`${base}/audio.wav`, "PRIVATE_ADDRESS", { allowPrivate: false });
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/loopback address/);
    expect(error.message).toMatch(/INGEST_ALLOW_PRIVATE_URLS/);
    expect(requests).toEqual([]);
  });

  it("names the host, not what it resolved to, when refusing a name", async () => {
    const error = await expectRefused(`http://localhost:${port}/audio.wav`, "PRIVATE_ADDRESS", { allowPrivate: false });
    expect(error.message).toMatch(/^localhost points to a loopback address/);
    expect(error.message).not.toMatch(/127\.0\.0\.1/);
  });

  it.each([
    [`http://localhost:PORT/audio.wav`],
    [`http://[::1]:PORT/audio.wav`],
    [`http://[::ffff:127.0.0.1]:PORT/audio.wav`],
    [`http://0x7f000001:PORT/audio.wav`],
    [`http://2130706433:PORT/audio.wav`],
    [`http://0.0.0.0:PORT/audio.wav`],
  ])("refuses %s (loopback in disguise) when private addresses are not allowed", async (template) => {
    await expectRefused(template.replace("PORT", String(port)), "PRIVATE_ADDRESS", { allowPrivate: false });
    expect(requests).toEqual([]);
  });

  it("re-checks every redirect target, even with private addresses allowed", async () => {
    // 0.0.0.0 means "this host" to Linux: never a place to fetch from, whatever the setting.
    const to = encodeURIComponent(`http://0.0.0.0:${port}/audio.wav`);
    await expectRefused(`${base}/redirect-to?url=${to}`, "PRIVATE_ADDRESS");
    expect(requests).toEqual(["/redirect-to"]);
  });

  it("re-checks a redirect's scheme", async () => {
    const error = await expectRefused(`${base}/redirect-to?url=${encodeURIComponent("file:///etc/passwd")}`, "BAD_URL");
    expect(error.message).toMatch(/redirected to a URL that uses file:/);
  });

  it("refuses a host whose DNS answer mixes an allowed and a refused address", async () => {
    vi.spyOn(dns.promises, "lookup").mockResolvedValue([
      { address: "127.0.0.1", family: 4 },
      { address: "0.0.0.0", family: 4 },
    ] as never);
    await expectRefused(`http://recordings.pbx.internal:${port}/audio.wav`, "PRIVATE_ADDRESS");
    expect(requests).toEqual([]);
  });

  it("connects to the address it checked, not to a second DNS answer (rebinding)", async () => {
    // The checked answer is 127.0.0.2; the system resolver would say 127.0.0.1, where nothing listens on this port.
    const pinnedPort = await listen("127.0.0.2");
    const lookup = vi
      .spyOn(dns.promises, "lookup")
      .mockResolvedValue([{ address: "127.0.0.2", family: 4 }] as never);
    const result = await downloadToStorage(`http://localhost:${pinnedPort}/audio.wav`, storage, KEY, permissive);
    expect(result.size).toBe(AUDIO.length);
    expect(lookup).toHaveBeenCalledTimes(1);
    expect(requests).toEqual(["/audio.wav"]);
  });

  it("reports a host that does not resolve as UNREACHABLE", async () => {
    vi.spyOn(dns.promises, "lookup").mockRejectedValue(Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" }));
    const error = await expectRefused(`http://no-such-host.invalid/audio.wav`, "UNREACHABLE");
    expect(error.message).toMatch(/Could not resolve the host no-such-host\.invalid/);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test-fixtures/http-server";
import { DownloadError } from "./download-error";
import { postSafely } from "./safe-post";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer((req, res) => {
    const p = req.url.pathname;
    if (p === "/ok") return void res.writeHead(201, { "content-type": "text/plain" }).end(`got ${req.body.length} bytes`);
    if (p === "/moved") return void res.writeHead(302, { location: "/ok" }).end();
    if (p === "/large") return void res.writeHead(200).end("x".repeat(100_000));
    if (p === "/slow") return; // never answers
    res.writeHead(404).end();
  });
});
afterAll(() => server.close());

const base = { headers: { "content-type": "application/json" }, timeoutMs: 2000, allowPrivate: true };

describe("postSafely", () => {
  it("posts the body with the headers and answers with the status and the start of the answer", async () => {
    const result = await postSafely(`${server.url}/ok`, { ...base, body: '{"a":"é"}' });
    expect(result).toMatchObject({ status: 201, body: "got 10 bytes" });
    const request = server.requests.at(-1)!;
    expect(request).toMatchObject({ method: "POST" });
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.body.toString("utf8")).toBe('{"a":"é"}');
  });

  it("never follows a redirect", async () => {
    const before = server.requests.length;
    const result = await postSafely(`${server.url}/moved`, { ...base, body: "{}" });
    expect(result.status).toBe(302);
    expect(server.requests.length).toBe(before + 1);
  });

  it("keeps only the start of a large answer", async () => {
    const result = await postSafely(`${server.url}/large`, { ...base, body: "{}", maxResponseBytes: 64 });
    expect(result.body).toBe("x".repeat(64));
  });

  it("gives up on a receiver that does not answer in time", async () => {
    const error = await postSafely(`${server.url}/slow`, { ...base, body: "{}", timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DownloadError);
    expect((error as DownloadError).code).toBe("TIMEOUT");
  });

  it("refuses loopback and link-local addresses unless private networks are allowed, naming the setting", async () => {
    const refused = await postSafely(`${server.url}/ok`, { ...base, allowPrivate: false, body: "{}", privateHint: "Set WEBHOOK_ALLOW_PRIVATE_URLS=true." }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: "PRIVATE_ADDRESS", message: expect.stringMatching(/loopback address.*WEBHOOK_ALLOW_PRIVATE_URLS/) });
    const metadata = await postSafely("http://169.254.169.254/latest", { ...base, body: "{}" }).catch((e: unknown) => e);
    expect(metadata).toMatchObject({ code: "PRIVATE_ADDRESS" });
  });

  it("reports a closed port as unreachable", async () => {
    const error = await postSafely("http://127.0.0.1:9/", { ...base, body: "{}" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "UNREACHABLE", message: expect.stringMatching(/refused the connection/) });
  });
});

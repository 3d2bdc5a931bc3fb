import { CopyButton } from "@/components/ui/copy-button";

/** A working shell example: sign the exact bytes you send, with the secret in an environment variable. */
export function SigningExample({ ingestUrl }: { ingestUrl: string }) {
  const snippet = [
    `BODY='{"projectId":"proj_…","recordingUrl":"https://pbx.example.com/recordings/1001.wav","externalId":"1001","agentName":"Ana"}'`,
    `SIG=$(printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$CALLSCOPE_INGEST_SECRET" -hex | sed 's/^.* //')`,
    `curl -X POST '${ingestUrl}' \\`,
    `  -H 'Content-Type: application/json' -H "X-Signature: sha256=$SIG" --data "$BODY"`,
  ].join("\n");
  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between">
        <h3 className="text-sm font-medium text-slate-900">Send a recording from a shell</h3>
        <CopyButton value={snippet} label="Copy example" size="sm" />
      </div>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-4 font-mono text-xs leading-relaxed text-slate-100">{snippet}</pre>
      <p className="text-sm text-slate-600">
        To refuse replays, also send <code className="font-mono text-xs">X-Signature-Timestamp</code> (Unix seconds) and{" "}
        <code className="font-mono text-xs">X-Signature-V2: sha256=HMAC(&quot;&lt;timestamp&gt;.&lt;body&gt;&quot;)</code>; it must be within 5 minutes of our
        clock. Full details in <code className="font-mono text-xs">docs/ingest.md</code>.
      </p>
    </div>
  );
}

import { mergeChannelTracks, splitMonoTurns } from "./merge";
import type { Segment, SttProvider, SttResult } from "./types";

export interface CallChannels {
  /** From decodeChannels / prepareAudio: [left, right] or [mono]. */
  channelPaths: string[];
  /** Channels known to be silent are not sent to the provider. */
  silentChannels?: boolean[];
}

export interface TranscribeCallOptions {
  language: string;
  signal?: AbortSignal;
  /** Which stereo channel is the agent: 0 = left (the usual convention), 1 = right. */
  agentChannel?: 0 | 1;
}

export interface CallTranscript {
  segments: Segment[];
  /** Per channel, the provider's raw result (null for a silent channel). */
  channels: (SttResult | null)[];
  provider: string;
}

/**
 * Transcribes every channel of a call in parallel and merges them into
 * speaker turns: stereo gives agent and customer from the channels, mono a
 * single "speaker". If one channel fails, the other is cancelled.
 */
export async function transcribeCall(
  provider: SttProvider,
  call: CallChannels,
  options: TranscribeCallOptions,
): Promise<CallTranscript> {
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  if (options.signal?.aborted) onAbort();
  try {
    const channels = await Promise.all(
      call.channelPaths.map(async (wavPath, i) => {
        if (call.silentChannels?.[i]) return null;
        try {
          return await provider.transcribe({ wavPath, language: options.language, signal: controller.signal });
        } catch (error) {
          controller.abort(error);
          throw error;
        }
      }),
    );

    let segments: Segment[];
    if (channels.length >= 2) {
      const agent = options.agentChannel ?? 0;
      segments = mergeChannelTracks([
        { speaker: "agent", words: channels[agent]?.words ?? [] },
        { speaker: "customer", words: channels[1 - agent]?.words ?? [] },
      ]);
    } else {
      segments = splitMonoTurns(channels[0]?.words ?? []);
    }
    return { segments, channels, provider: provider.name };
  } finally {
    options.signal?.removeEventListener("abort", onAbort);
  }
}

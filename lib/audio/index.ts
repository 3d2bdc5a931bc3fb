/**
 * Audio in: what the pipeline calls between an uploaded recording and
 * speech-to-text, and the talk metrics computed from the transcript.
 */
export { DECODED_SAMPLE_RATE, decodeChannels, type DecodedAudio, type DecodeOptions } from "./decode";
export { AUDIO_CONTENT_TYPES, type AudioFormat, detectAudioFormat, FORMAT_HEAD_BYTES, sniffAudioFile } from "./detect-format";
export { AudioError, type AudioErrorCode } from "./errors";
export { DEFAULT_MAX_DURATION_MS, prepareAudio, type PreparedAudio, type PrepareOptions } from "./prepare";
export { type AudioProbe, probeAudio } from "./probe";
export { DEFAULT_SILENCE_THRESHOLDS, isSilent, measureWavLevels, type SilenceThresholds, type WavLevels } from "./silence";
export { computeTalkMetrics, type TalkMetrics, type TalkSegment } from "./talk-metrics";

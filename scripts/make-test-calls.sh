#!/usr/bin/env bash
# Synthesises a short scripted support call with known words, for the audio and
# speech-to-text tests and the STT benchmark.
#
#   bash scripts/make-test-calls.sh <outdir>
#
# Writes into <outdir>:
#   call-stereo.wav            16 kHz 16-bit stereo: agent LEFT, customer RIGHT,
#                              each channel silent while the other talks
#   call-stereo.{mp3,ogg,flac,m4a}  the same call in the other accepted formats
#   call-mono.wav              both speakers mixed into one channel
#   silent.wav                 5 s of digital silence (stereo)
#   truncated.wav              call-stereo.wav cut to a third of its bytes
#   not-audio.wav              a text file with an audio name
#   reference-agent.txt        what the agent says, one turn a line, normalised
#   reference-customer.txt     the same for the customer
#   turns.tsv                  speaker, startMs, endMs, text of every turn
#
# Knobs (environment): AGENT_VOICE (default kal16), CUSTOMER_VOICE (default rms),
# STRETCH (flite duration_stretch, default 1.0; >1 speaks slower), NOISE_DBFS
# (e.g. -60: white noise at that RMS level under both channels, like a line's
# noise floor; default none, digital silence between turns).
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 <outdir>" >&2
  exit 2
fi
outdir=$1

# A missing tool must fail loudly: the tests rely on these files existing.
need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "make-test-calls: $1 is not installed: apt-get install $2" >&2
    exit 127
  fi
}
need flite flite
need sox sox
need soxi sox
need ffmpeg ffmpeg

# kal16 and rms gave PocketSphinx the lowest word error rate (bench/stt/README.md).
agent_voice=${AGENT_VOICE:-kal16}
customer_voice=${CUSTOMER_VOICE:-rms}
stretch=${STRETCH:-1.0}
noise_dbfs=${NOISE_DBFS:-}
if [[ -n $noise_dbfs && ! $noise_dbfs =~ ^-[0-9]+(\.[0-9]+)?$ ]]; then
  echo "make-test-calls: NOISE_DBFS must be a negative number of dB, e.g. -60" >&2
  exit 2
fi

for voice in "$agent_voice" "$customer_voice"; do
  if ! flite -lv | tr ' ' '\n' | grep -qx "$voice"; then
    echo "make-test-calls: flite has no voice '$voice' (flite -lv lists them)" >&2
    exit 1
  fi
done

# The call. Words are plain dictionary words (numbers spelled out, no
# contractions) so the reference transcript is exactly what was spoken.
speakers=(agent customer agent customer agent customer agent)
texts=(
  "Thank you for calling Acme support, my name is Sarah. How can I help you today?"
  "Hello Sarah. I bought a pair of shoes last week, but they are too small. I would like a refund please."
  "I am sorry to hear that. Can you give me your order number?"
  "Yes, the order number is four five six seven eight."
  "Thank you. I have started the refund, and you will get the money back in five business days."
  "Great, thank you very much for your help."
  "You are welcome. Have a nice day, goodbye."
)

rate=16000
lead_samples=8000   # 0.5 s before the first word
gap_samples=12800   # 0.8 s between turns, so turns never overlap
tail_samples=8000

# sox dithers whenever it writes 16-bit output, with a random seed: the
# "silence" would be noise and every run a different file. -D turns that off
# and -R seeds the noise generator, so every run writes the same files.
sox() { command sox -D -R "$@"; }

mkdir -p "$outdir"
work=$(mktemp -d "${TMPDIR:-/tmp}/make-test-calls.XXXXXX")
trap 'rm -rf "$work"' EXIT

silence() { # silence <samples> <file>
  # The rate goes before -n too: trim counts samples at the input's rate.
  sox -r "$rate" -c 1 -n -b 16 "$2" trim 0 "${1}s"
}

silence "$lead_samples" "$work/lead.wav"
silence "$gap_samples" "$work/gap.wav"
silence "$tail_samples" "$work/tail.wav"

left=("$work/lead.wav")
right=("$work/lead.wav")
: >"$outdir/reference-agent.txt"
: >"$outdir/reference-customer.txt"
printf 'speaker\tstartMs\tendMs\ttext\n' >"$outdir/turns.tsv"
cursor=$lead_samples

for i in "${!texts[@]}"; do
  speaker=${speakers[$i]}
  text=${texts[$i]}
  if [[ $speaker == agent ]]; then voice=$agent_voice; else voice=$customer_voice; fi

  flite -voice "$voice" --setf duration_stretch="$stretch" -t "$text" -o "$work/raw-$i.wav"
  # kal speaks at 8 kHz, the others at 16 kHz: bring every turn to the same format.
  sox "$work/raw-$i.wav" -r "$rate" -c 1 -b 16 "$work/turn-$i.wav"
  samples=$(soxi -s "$work/turn-$i.wav")
  silence "$samples" "$work/quiet-$i.wav"

  if [[ $speaker == agent ]]; then
    left+=("$work/turn-$i.wav"); right+=("$work/quiet-$i.wav")
  else
    left+=("$work/quiet-$i.wav"); right+=("$work/turn-$i.wav")
  fi
  if (( i < ${#texts[@]} - 1 )); then
    left+=("$work/gap.wav"); right+=("$work/gap.wav")
  fi

  normalised=$(printf '%s' "$text" | tr -d '[:punct:]' | tr '[:upper:]' '[:lower:]')
  printf '%s\n' "$normalised" >>"$outdir/reference-$speaker.txt"
  start_ms=$(( cursor * 1000 / rate ))
  end_ms=$(( (cursor + samples) * 1000 / rate ))
  printf '%s\t%s\t%s\t%s\n' "$speaker" "$start_ms" "$end_ms" "$normalised" >>"$outdir/turns.tsv"
  cursor=$(( cursor + samples + gap_samples ))
done
left+=("$work/tail.wav")
right+=("$work/tail.wav")

sox "${left[@]}" "$work/left.wav"
sox "${right[@]}" "$work/right.wav"

if [[ -n $noise_dbfs ]]; then
  # sox's white noise is uniform in [-a, a]: its RMS is a/sqrt(3).
  amplitude=$(awk -v db="$noise_dbfs" 'BEGIN { printf "%.6f", sqrt(3) * 10 ^ (db / 20) }')
  samples=$(soxi -s "$work/left.wav")
  for side in left right; do
    sox -r "$rate" -c 1 -n -b 16 "$work/noise-$side.wav" synth "${samples}s" whitenoise vol "$amplitude"
    sox -m -v 1 "$work/$side.wav" -v 1 "$work/noise-$side.wav" "$work/$side-noisy.wav"
    mv "$work/$side-noisy.wav" "$work/$side.wav"
  done
fi
sox -M "$work/left.wav" "$work/right.wav" -b 16 "$outdir/call-stereo.wav"

ff=(ffmpeg -nostdin -hide_banner -loglevel error -y -i "$outdir/call-stereo.wav")
"${ff[@]}" -c:a libmp3lame -b:a 64k "$outdir/call-stereo.mp3"
"${ff[@]}" -c:a libvorbis -q:a 3 "$outdir/call-stereo.ogg"
"${ff[@]}" -c:a flac "$outdir/call-stereo.flac"
"${ff[@]}" -c:a aac -b:a 64k "$outdir/call-stereo.m4a"

# The channels never overlap, so summing them cannot clip.
sox "$outdir/call-stereo.wav" "$outdir/call-mono.wav" remix 1v1,2v1

sox -r "$rate" -c 2 -n -b 16 "$outdir/silent.wav" trim 0 5

size=$(stat -c %s "$outdir/call-stereo.wav")
head -c $(( size / 3 )) "$outdir/call-stereo.wav" >"$outdir/truncated.wav"

printf 'This is a meeting note, not a recording.\nAction items: none.\n' >"$outdir/not-audio.wav"

echo "make-test-calls: wrote a $(soxi -D "$outdir/call-stereo.wav") s call to $outdir"

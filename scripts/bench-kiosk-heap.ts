// The kiosk's JS heap over many accelerated polls, read from scripts/bench-kiosk-memory.ts run as a child process
// (the kiosk's own benchmark, kept by the kiosk's authors): npm run bench prints its figures beside the others.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const SCRIPT = 'scripts/bench-kiosk-memory.ts';

export type KioskHeap =
  | {
      measured: true;
      polls: number;
      warmUpPolls: number;
      baselineMB: number;
      endMB: number;
      growthMB: number;
      seconds: number | null;
      domNodes: string | null;
    }
  | { measured: false; reason: string };

/** Reads the summary lines the kiosk script prints; null when they are not there. */
export function readKioskOutput(output: string): Omit<Extract<KioskHeap, { measured: true }>, 'measured'> | null {
  const heap = /JS heap after warm-up \(poll (\d+)\): ([\d.]+) MB; at poll (\d+): ([\d.]+) MB; growth ([+-]?[\d.]+) MB/.exec(output);
  if (!heap) return null;
  const seconds = /^\d+ polls \(.*\) in (\d+) s$/m.exec(output);
  const nodes = /^DOM nodes (.+?);/m.exec(output);
  return {
    warmUpPolls: Number(heap[1]),
    baselineMB: Number(heap[2]),
    polls: Number(heap[3]),
    endMB: Number(heap[4]),
    growthMB: Number(heap[5]),
    seconds: seconds ? Number(seconds[1]) : null,
    domNodes: nodes ? nodes[1]! : null,
  };
}

export async function benchKioskHeap(polls: number, timeoutMs: number): Promise<KioskHeap> {
  if (!existsSync(SCRIPT)) return { measured: false, reason: `${SCRIPT} is absent` };
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, String(polls)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearTimeout(timer);
  const figures = readKioskOutput(output);
  if (figures) return { measured: true, ...figures };
  const lastLine = output.trim().split('\n').pop()?.slice(0, 160) ?? '';
  const why = code === null ? `stopped after ${Math.round(timeoutMs / 1000)} s` : `exited ${code}`;
  return { measured: false, reason: `${SCRIPT} ${why} without its summary${lastLine ? `: ${lastLine}` : ''}` };
}

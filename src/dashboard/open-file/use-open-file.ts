// Opening a file in the dashboard: a feed document is parsed here like a live response; a dossier export is built in a
// worker, with its progress, and can be cancelled. The result stands in for the live feed (queries/local-feed).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { BuildOptions, BuildReport, UnitsList } from '../../dossiers/build-feed';
import type { FeedModel, FeedRefusal } from '../../feed/feed-model';
import { parseFeedDocument, parseFeedText } from '../../feed/parse-feed';
import { localFeedOpened, type LocalBuildSummary } from '../../queries/local-feed';
import type { BuildFailure, BuildReply, BuildRequest } from './build-protocol';
import { fileKind, SNIFF_BYTES } from './file-kind';

/** Why a chosen file was not opened; the dialog says it in words and the figures on screen stay as they were. */
export type OpenProblem =
  | { code: 'refused'; refusal: FeedRefusal }
  | { code: 'export'; failure: BuildFailure }
  | { code: 'no-units' }
  | { code: 'bad-units'; detail: string }
  | { code: 'bad-mapping'; detail: string }
  | { code: 'worker'; detail: string };

export type OpenState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string; read: number; total: number; unpacking: boolean }
  | { status: 'failed'; fileName: string; problem: OpenProblem }
  | { status: 'cancelled'; fileName: string };

export type OpenChoice = {
  file: File;
  /** The units and fields of an export: the live feed's, or a units.json the official picked. */
  units: UnitsList | File | null;
  mapping: File | null;
};

export function buildSummary(report: BuildReport): LocalBuildSummary {
  const leftOut = report.leftOut.reduce((sum, entry) => sum + entry.count, 0);
  return { read: report.read, kept: report.kept, replaced: report.replaced, leftOut };
}

/** generatedAt of a document built now: the instant in Viet Nam time, to the second, as publishers write it. */
export function builtAtIso(ms: number): string {
  return `${new Date(ms + 7 * 3_600_000).toISOString().slice(0, 19)}+07:00`;
}

/** The units list a live document carries (its own text), for building an export of the same province. */
export function unitsListOf(feedText: string): UnitsList | null {
  try {
    const json: unknown = JSON.parse(feedText);
    if (typeof json !== 'object' || json === null || !Array.isArray((json as { units?: unknown }).units)) return null;
    const { units, fields } = json as { units: UnitsList['units']; fields?: UnitsList['fields'] };
    return Array.isArray(fields) ? { units, fields } : { units };
  } catch {
    return null;
  }
}

class ChoiceProblem extends Error {
  readonly problem: OpenProblem;
  constructor(problem: OpenProblem) {
    super(problem.code);
    this.problem = problem;
  }
}

async function readJsonFile(file: File, problem: (detail: string) => OpenProblem): Promise<unknown> {
  try {
    return JSON.parse(await file.text());
  } catch (error) {
    throw new ChoiceProblem(problem(error instanceof Error ? error.message.slice(0, 120) : String(error)));
  }
}

async function readUnits(choice: OpenChoice['units']): Promise<UnitsList> {
  if (choice === null) throw new ChoiceProblem({ code: 'no-units' });
  if (!(choice instanceof Blob)) return choice;
  const json = await readJsonFile(choice, (detail) => ({ code: 'bad-units', detail }));
  if (typeof json !== 'object' || json === null || !Array.isArray((json as { units?: unknown }).units))
    throw new ChoiceProblem({ code: 'bad-units', detail: `${choice.name}: no "units" list` });
  return json as UnitsList;
}

async function readMapping(file: File | null): Promise<Record<string, string> | undefined> {
  if (file === null) return undefined;
  const json = await readJsonFile(file, (detail) => ({ code: 'bad-mapping', detail }));
  const valid =
    typeof json === 'object' && json !== null && !Array.isArray(json) && Object.values(json).every((value) => typeof value === 'string');
  if (!valid) throw new ChoiceProblem({ code: 'bad-mapping', detail: `${file.name}: not { "header": "name" }` });
  return json as Record<string, string>;
}

function newWorker(): Worker {
  return new Worker(new URL('./build-feed.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * The worker is started as the dialog opens, so its code has arrived before a file is chosen: from the click on
 * "Open" to the figures on screen the page makes no request at all.
 */
export function useOpenFile(onOpened: (model: FeedModel) => void) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<OpenState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const cancelRun = useRef<() => void>(() => undefined);

  useEffect(() => {
    worker.current = newWorker();
    return () => {
      worker.current?.terminate();
      worker.current = null;
    };
  }, []);

  const opened = useCallback(
    (fileName: string, kind: 'feed' | 'export', model: FeedModel, summary: LocalBuildSummary | null) => {
      localFeedOpened(queryClient, fileName, kind, model, summary);
      setState({ status: 'idle' });
      onOpened(model);
    },
    [queryClient, onOpened],
  );

  const open = useCallback(
    async ({ file, units, mapping }: OpenChoice) => {
      const fileName = file.name;
      setState({ status: 'reading', fileName, read: 0, total: file.size, unpacking: false });
      try {
        const kind = fileKind(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
        if (kind === 'json') {
          const text = await file.text();
          const parsed = parseFeedText(text);
          if (!parsed.ok) throw new ChoiceProblem({ code: 'refused', refusal: parsed.refusal });
          opened(fileName, 'feed', parsed.model, null);
          return;
        }
        if (kind === 'binary' || kind === 'empty') throw new ChoiceProblem({ code: 'export', failure: { code: kind } });
        const request: BuildRequest = {
          file,
          units: await readUnits(units),
          options: { generatedAt: builtAtIso(Date.now()), ...withMapping(await readMapping(mapping)) },
        };
        const reply = await runBuild(worker, cancelRun, request, (progress) => setState({ status: 'reading', fileName, ...progress }));
        if (reply === null) return;
        const parsed = parseFeedDocument(reply.document);
        if (!parsed.ok) throw new ChoiceProblem({ code: 'refused', refusal: parsed.refusal });
        opened(fileName, 'export', parsed.model, buildSummary(reply.report));
      } catch (error) {
        const problem: OpenProblem =
          error instanceof ChoiceProblem
            ? error.problem
            : { code: 'worker', detail: error instanceof Error ? error.message : String(error) };
        setState({ status: 'failed', fileName, problem });
      }
    },
    [opened],
  );

  const cancel = useCallback(() => {
    worker.current?.terminate();
    worker.current = newWorker();
    cancelRun.current();
    setState((before) => (before.status === 'reading' ? { status: 'cancelled', fileName: before.fileName } : before));
  }, []);

  return { state, open, cancel };
}

type Progress = { read: number; total: number; unpacking: boolean };

/** Resolves with the document, or null when cancelled (the worker is then gone and a fresh one waits). */
function runBuild(
  worker: { current: Worker | null },
  cancelRun: { current: () => void },
  request: BuildRequest,
  onProgress: (progress: Progress) => void,
): Promise<Extract<BuildReply, { type: 'done' }> | null> {
  return new Promise((resolve, reject) => {
    const current = worker.current ?? newWorker();
    worker.current = current;
    let unpacking = false;
    cancelRun.current = () => resolve(null);
    current.onmessage = (event: MessageEvent<BuildReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress({ read: reply.read, total: reply.total, unpacking });
      else if (reply.type === 'unpacking') {
        unpacking = true;
        onProgress({ read: request.file.size, total: request.file.size, unpacking });
      } else if (reply.type === 'done') resolve(reply);
      else reject(new ChoiceProblem({ code: 'export', failure: reply.failure }));
    };
    current.onerror = (event) => reject(new ChoiceProblem({ code: 'worker', detail: event.message || 'worker failed' }));
    current.postMessage(request);
  });
}

function withMapping(mapping: Record<string, string> | undefined): Partial<BuildOptions> {
  return mapping === undefined ? {} : { mapping };
}

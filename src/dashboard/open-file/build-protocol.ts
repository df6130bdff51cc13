// The messages between the dashboard and the worker that builds a feed document from a dossier export.
import type { BuildOptions, BuildReport, FeedDocumentJson, UnitsList } from '../../dossiers/build-feed';

export type BuildRequest = { file: Blob; units: UnitsList; options: BuildOptions };

/** Why an export gave no document: not an export at all, or no record in it could be counted. */
export type BuildFailure =
  | { code: 'binary' }
  | { code: 'empty' }
  | { code: 'no-records'; report: BuildReport }
  /** The header lacks columns DOSSIERS.md requires (after the mapping): not a dossier export, or another system's headers. */
  | { code: 'missing-columns'; columns: string[] }
  | { code: 'unreadable'; detail: string };

export type BuildReply =
  | { type: 'progress'; read: number; total: number }
  /** Bytes all read; the workbook is being unpacked (an .xlsx cannot be read as a stream). */
  | { type: 'unpacking' }
  | { type: 'done'; document: FeedDocumentJson; report: BuildReport }
  | { type: 'failed'; failure: BuildFailure };

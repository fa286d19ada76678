// The one door to Rust. Every command of the generated contract (bindings.ts) is called
// through `attempt`, which turns any rejection into a typed Failure: the command's own
// `{ code, message }`, or — for what never reached a command (an IPC fault) — code `ipc`.
// The UI chooses its words from `code` (Fluent `error-<code>`), never from `message`.
import type { ErrorCode, ErrorPayload } from './bindings';

export type Failure = { code: ErrorCode | 'ipc'; message: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: Failure };

function isPayload(e: unknown): e is ErrorPayload {
  return typeof e === 'object' && e !== null && typeof (e as ErrorPayload).code === 'string';
}

export function toFailure(e: unknown): Failure {
  if (isPayload(e)) return { code: e.code, message: String(e.message ?? '') };
  // A rejection that is not a command's error: the IPC itself failed (it never carries user
  // text we would show).
  return { code: 'ipc', message: e instanceof Error ? e.message : String(e) };
}

export async function attempt<T>(call: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await call() };
  } catch (e) {
    return { ok: false, failure: toFailure(e) };
  }
}

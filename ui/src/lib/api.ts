// Typed wrappers over the app's commands. The UI renders what these return; it never builds
// a phone URI or a URL, and holds no sentence of its own (all text comes from Rust/Fluent).
import { invoke } from '@tauri-apps/api/core';

/** What a failed command returns: the UI picks its words from `code`, never `message`. */
export interface CommandError {
  code: string;
  message: string;
}

export function isCommandError(e: unknown): e is CommandError {
  return typeof e === 'object' && e !== null && 'code' in e;
}

export type Strings = Record<string, string>;

export interface LanguageOption {
  tag: string;
  name: string;
}

export type Recovery = { kind: 'moved-aside'; kept_at: string } | { kind: 'in-memory' };

export interface AppState {
  language: string;
  languages: LanguageOption[];
  strings: Strings;
  recovery: Recovery | null;
}

export type Audience = 'young' | 'parent' | 'staff' | 'everyone';

export type Action =
  | { kind: 'call'; target: string; label: string }
  | { kind: 'text'; target: string; label: string }
  | { kind: 'guide'; target: string; label: string }
  | { kind: 'link'; target: string; label: string }
  | { kind: 'screen'; target: string; label: string };

export interface SourceRef {
  id: string;
  title: string;
  publisher: string;
  date: string;
  section: string | null;
}

export interface Step {
  id: string;
  number: number;
  title: string;
  body: string[];
  points: string[];
  actions: Action[];
  sources: SourceRef[];
}

export interface Guide {
  id: string;
  audience: Audience;
  title: string;
  summary: string;
  printable: boolean;
  steps: Step[];
}

export interface GuideSummary {
  id: string;
  audience: Audience;
  title: string;
  summary: string;
  in_preparation: boolean;
}

export interface Source {
  id: string;
  title: string;
  note: string;
  publisher: string;
  date: string;
  url: string | null;
}

export const api = {
  appState: () => invoke<AppState>('app_state'),
  setLanguage: (tag: string) => invoke<AppState>('set_language', { tag }),
  guide: (id: string) => invoke<Guide>('guide', { id }),
  guides: () => invoke<GuideSummary[]>('guides'),
  sources: () => invoke<Source[]>('sources'),
  quickExit: () => invoke<'exiting' | 'neutral'>('quick_exit'),
  uiReady: () => invoke<void>('ui_ready'),
};

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
  country: string | null;
  country_name: string | null;
  country_chosen: boolean;
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

export interface CountryEntry {
  code: string;
  name: string;
}

export interface Line {
  id: string;
  name: string;
  number_display: string;
  description: string;
  hours_text: string;
  open_now: boolean;
  open_text: string;
  free: boolean | null;
  free_text: string;
  on_bill: boolean | null;
  on_bill_text: string;
  sms: string | null;
  chat: string | null;
  languages: string[];
  source: string;
  verified: string;
  source_text: string;
  callable: boolean;
  textable: boolean;
  designated: boolean;
  caveat: string | null;
}

export interface Directory {
  country: string;
  country_name: string;
  note: string | null;
  call_log_note: string;
  groups: { id: string; title: string; lines: Line[] }[];
}

export interface CallForHelp {
  helpline_id: string;
  name: string;
  number_display: string;
  label: string;
  reason: string;
  reason_text: string;
}

export type Channel = 'call' | 'text';

export interface ContactOutcome {
  helpline_id: string;
  name: string;
  number_display: string;
  channel: Channel;
  uri: string;
  instruction: string;
  opened: boolean;
  dialer_expected: boolean;
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface Hit {
  guide_id: string;
  guide_title: string;
  step_id: string;
  step_title: string;
  snippet: Segment[];
}

export interface CheckerView {
  title: string;
  intro: string;
  question_met: string;
  question_talked: string;
  yes: string;
  no: string;
  source: string;
}

export interface VerdictView {
  accept: boolean;
  reason: string;
  headline: string;
  explanation: string;
  instead: string[];
  reminder: string;
  source: string;
}

export type TriageAudience = 'young' | 'parent' | 'staff';
export type Answer = 'yes' | 'no' | 'dont-know';

export interface QuestionsView {
  audience: TriageAudience;
  title: string;
  intro: string;
  see_steps: string;
  questions: { id: string; text: string; help: string }[];
  answers: { answer: Answer; label: string }[];
}

export interface AssessmentView {
  audience: TriageAudience;
  urgency: 'emergency' | 'urgent' | 'act-today';
  level: string;
  headline: string;
  explanation: string;
  reasons_title: string;
  reasons: { text: string }[];
  actions_title: string;
  actions: { kind: 'call' | 'guide' | 'step'; target: string; label: string; detail: string | null }[];
  summary: {
    title: string;
    items: { question: string; question_text: string; answer: Answer | null; answer_text: string }[];
  };
}

export const api = {
  appState: () => invoke<AppState>('app_state'),
  setLanguage: (tag: string) => invoke<AppState>('set_language', { tag }),
  guide: (id: string) => invoke<Guide>('guide', { id }),
  guides: () => invoke<GuideSummary[]>('guides'),
  sources: () => invoke<Source[]>('sources'),
  countries: () => invoke<CountryEntry[]>('countries'),
  setCountry: (code: string) => invoke<AppState>('set_country', { code }),
  helplines: (country?: string) => invoke<Directory>('helplines', { country: country ?? null }),
  callForHelp: () => invoke<CallForHelp | null>('call_for_help'),
  contact: (id: string, channel: Channel) => invoke<ContactOutcome>('contact', { id, channel }),
  contactPurpose: (purpose: string, channel: Channel) =>
    invoke<ContactOutcome>('contact_purpose', { purpose, channel }),
  openLink: (id: string) => invoke<boolean>('open_link', { id }),
  search: (query: string) => invoke<Hit[]>('search', { query }),
  tenMinuteQuestions: () => invoke<CheckerView>('ten_minute_questions'),
  tenMinuteCheck: (met: boolean, talked: boolean) => invoke<VerdictView>('ten_minute_check', { met, talked }),
  triageQuestions: (audience: TriageAudience) => invoke<QuestionsView>('triage_questions', { audience }),
  triageAssess: (audience: TriageAudience, answers: Record<string, Answer>) =>
    invoke<AssessmentView>('triage_assess', { audience, answers }),
  quickExit: () => invoke<'exiting' | 'neutral'>('quick_exit'),
  uiReady: () => invoke<void>('ui_ready'),
};

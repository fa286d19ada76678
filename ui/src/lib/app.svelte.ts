// The UI's only state: the frame from Rust (strings, language, country, emergency number), the
// navigation stack of Targets core gave us, and the contact dialog. Nothing here is saved: the
// next start always opens on Home. The UI holds no rule: where a button leads and what it
// dials come from Rust.
import { tick } from 'svelte';
import {
  commands,
  type AppState,
  type Audience,
  type ContactChannel,
  type ContactOutcome,
  type FirstView,
  type HomeView,
  type Need,
  type RouteView,
  type Target,
} from './bindings';
import { attempt, type Failure } from './ipc';

/** What the contact dialog shows: a call or text under way, or why it could not be made. */
export type ContactState =
  | { kind: 'open'; outcome: ContactOutcome }
  | { kind: 'failed'; failure: Failure };

/** How a call button asks Rust to reach a line. */
export type Reach = { helpline_id: string; channel: ContactChannel; need?: Need | null; audience?: Audience | null };

class App {
  state = $state<AppState | null>(null);
  startFailure = $state<Failure | null>(null);
  stack = $state<Target[]>([{ screen: 'home' }]);
  /** Quick exit was pressed where the app may not close itself: a blank screen. */
  neutral = $state(false);
  /** Bumped when the language or the country changes, so every screen reloads. */
  generation = $state(0);
  contact = $state<ContactState | null>(null);
  /** The element to give focus back to when the contact dialog closes. */
  contactOpener: HTMLElement | null = null;
  /** The current screen's title, for document.title. */
  screenTitle = $state('');

  get screen(): Target {
    return this.stack[this.stack.length - 1];
  }

  /** The one way the UI reads a string: a Fluent id of the frame. A missing id shows the id
   *  itself (a test checks every id used in ui/src exists in every language). */
  t(id: string): string {
    return this.state?.strings[id] ?? id;
  }

  /** Words for a failure, chosen by its code. */
  failureText(f: Failure): string {
    const id = `error-${f.code}`;
    return this.state?.strings[id] ?? this.t('error-ipc');
  }

  private apply(state: AppState) {
    this.state = state;
    document.documentElement.lang = state.language;
  }

  /** Home's view at start-up, from the page or asked for together with the app state, so the
   *  first screen is drawn once, already filled: no "loading" frame and no second layout
   *  before Call for help is painted. Used once. */
  private firstHome: HomeView | null = null;

  /** The start-up view, the first time it is asked for; null after that (Home then asks Rust
   *  for a fresh one). */
  takeFirstHome(): HomeView | null {
    const first = this.firstHome;
    this.firstHome = null;
    return first;
  }

  /** Do what was tapped on the HTML first screen Rust drew before the UI ran (see main.ts):
   *  `call` or `crisis`, or a line offered under one (`call-also-0`…), as `home` (the start-up
   *  view) routes them, the way RouteButton does. */
  async replayFirstTap(home: HomeView, which: string) {
    const [button, also] = which.split('-also-');
    const route = button === 'call' ? home.call_for_help : button === 'crisis' ? home.crisis : null;
    if (!route) return;
    if (also === undefined) return this.reachRoute(route, 'young');
    const line = route.also[Number(also)];
    if (line) await this.reach({ helpline_id: line.helpline_id, channel: line.channel, need: route.need, audience: 'young' });
  }

  /** Called once, before the UI mounts. The first screen's data is usually in the page
   *  already (Rust put it in the HTML: src-tauri/src/first_paint.rs): then Home is drawn at
   *  once, with no command to wait for. Otherwise it is asked for, and the answers travel
   *  while Svelte draws the frame. Returns Home's view when the page carried it. */
  start(): HomeView | null {
    const first = takeFirstView();
    if (first) {
      this.firstHome = first.home;
      this.apply(first.state);
      document.documentElement.dataset.firstView = 'page';
      return first.home;
    }
    void this.load();
    return null;
  }

  private async load() {
    const [r, home] = await Promise.all([attempt(() => commands.appState()), attempt(() => commands.home())]);
    // A failed Home view is not a failed start: Home asks again and shows its own error.
    if (home.ok) this.firstHome = home.value;
    if (r.ok) this.apply(r.value);
    else this.startFailure = r.failure;
  }

  /** A new app state from Rust (a setting changed, everything erased): applied the one way,
   *  so `<html lang>` follows the language, and every screen redrawn in it. */
  replaceState(state: AppState) {
    this.apply(state);
    this.generation += 1;
  }

  private async update(call: () => Promise<AppState>): Promise<Failure | null> {
    const r = await attempt(call);
    if (!r.ok) return r.failure;
    this.replaceState(r.value);
    return null;
  }

  setLanguage(tag: string): Promise<Failure | null> {
    return this.update(() => commands.setLanguage(tag));
  }

  setCountry(code: string): Promise<Failure | null> {
    return this.update(() => commands.setCountry(code));
  }

  setDiscreet(on: boolean): Promise<Failure | null> {
    return this.update(() => commands.setDiscreet(on));
  }

  go(target: Target) {
    this.stack = [...this.stack, target];
  }

  /** Replace the current screen (a new search from the results screen). */
  replace(target: Target) {
    this.stack = [...this.stack.slice(0, -1), target];
  }

  back() {
    if (this.stack.length > 1) this.stack = this.stack.slice(0, -1);
  }

  home() {
    this.stack = [{ screen: 'home' }];
  }

  /** Call, text or open a line. Rust builds the URI from its own data and opens it; the dialog
   *  shows the number large meanwhile, or why it failed. */
  async reach(how: Reach) {
    this.contactOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const r = await attempt(() =>
      commands.contact(how.helpline_id, how.channel, how.need ?? null, how.audience ?? null),
    );
    this.contact = r.ok ? { kind: 'open', outcome: r.value } : { kind: 'failed', failure: r.failure };
  }

  /** Reach the line a call button resolved to. */
  async reachRoute(route: RouteView, audience: Audience) {
    await this.reach({ helpline_id: route.helpline_id, channel: route.channel, need: route.need, audience });
  }

  async closeContact() {
    this.contact = null;
    const opener = this.contactOpener;
    this.contactOpener = null;
    await tick();
    opener?.focus();
  }

  /** Quick exit: blank the screen first, forget the history, then ask Rust to close (and to
   *  lock the record). Where the platform forbids closing (iOS), the blank screen stays. */
  async quickExit() {
    this.contact = null;
    this.neutral = true;
    this.stack = [{ screen: 'home' }];
    document.title = '';
    await attempt(() => commands.quickExit());
  }
}

/** The first screen's data from the page's data block (its id is ELEMENT_ID in
 *  src-tauri/src/first_paint.rs), once: the block is removed. */
function takeFirstView(): FirstView | null {
  const block = document.getElementById('refuge-first');
  if (!block) return null;
  block.remove();
  try {
    return JSON.parse(block.textContent ?? '') as FirstView;
  } catch {
    return null;
  }
}

export const app = new App();

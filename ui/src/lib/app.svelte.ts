// The UI's only state: the frame strings from Rust and the navigation stack. Nothing here is
// saved: the next start always opens on Home.
import { api, type AppState, type Audience, type Channel, type ContactOutcome, type TriageAudience } from './api';

export type Screen =
  | { name: 'home' }
  | { name: 'door'; audience: Exclude<Audience, 'everyone'> }
  | { name: 'guide'; id: string; step?: string }
  | { name: 'sources' }
  | { name: 'helplines' }
  | { name: 'triage'; audience: TriageAudience; firstAnswer?: 'yes' | 'no' | 'dont-know' }
  | { name: 'ten-minute-check' }
  | { name: 'search'; query: string }
  | { name: 'neutral' };

class App {
  state = $state<AppState | null>(null);
  stack = $state<Screen[]>([{ name: 'home' }]);
  /** Bumped on language or country change so screens reload their content. */
  generation = $state(0);
  /** The call or text in progress, shown large over the screen. */
  contact = $state<ContactOutcome | null>(null);
  contactError = $state(false);
  private readySent = false;

  get screen(): Screen {
    return this.stack[this.stack.length - 1];
  }

  /** A frame string by Fluent id. A missing id shows the id itself (tests catch it). */
  t(id: string): string {
    return this.state?.strings[id] ?? id;
  }

  async load() {
    this.state = await api.appState();
    document.documentElement.lang = this.state.language;
  }

  async setLanguage(tag: string) {
    this.state = await api.setLanguage(tag);
    document.documentElement.lang = this.state.language;
    this.generation += 1;
  }

  async setCountry(code: string) {
    this.state = await api.setCountry(code);
    this.generation += 1;
  }

  /**
   * Report, once, that the home screen is usable: the Call for help button is painted with its
   * line's name and number, or the country picker is. Two frames later the pixels are on
   * screen; then `<html data-ready>` is set (the end-to-end tests wait for it) and Rust is
   * told (the cold-start benchmark's marker; the search index is built after it).
   */
  markReady() {
    if (this.readySent) return;
    this.readySent = true;
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        document.documentElement.dataset.ready = 'true';
        void api.uiReady();
      }),
    );
  }

  /** Call or text a helpline by id. */
  async reach(id: string, channel: Channel) {
    try {
      this.contact = await api.contact(id, channel);
    } catch {
      this.contactError = true;
    }
  }

  /** Call or text the country's line for a purpose (guides and triage name purposes only). */
  async reachPurpose(purpose: string, channel: Channel) {
    try {
      this.contact = await api.contactPurpose(purpose, channel);
    } catch {
      this.contactError = true;
    }
  }

  go(screen: Screen) {
    this.stack = [...this.stack, screen];
  }

  back() {
    if (this.stack.length > 1) this.stack = this.stack.slice(0, -1);
  }

  home() {
    this.stack = [{ name: 'home' }];
  }

  /** Quick exit: blank the screen first, forget the history, then ask Rust to close. */
  async quickExit() {
    this.contact = null;
    this.stack = [{ name: 'neutral' }];
    try {
      const outcome = await api.quickExit();
      if (outcome === 'neutral') this.stack = [{ name: 'neutral' }];
    } catch {
      this.stack = [{ name: 'neutral' }];
    }
  }
}

export const app = new App();

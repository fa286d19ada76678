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

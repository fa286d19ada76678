import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { app } from './lib/app.svelte';

/** The HTML first screen Rust may have drawn into the page (ui/index.html's inline script). */
type FirstScreen = { takeOver(): string | null };
const firstScreen = (window as unknown as { refugeFirstScreen?: FirstScreen }).refugeFirstScreen;

// The first screen's data, from the page or asked for, before anything is drawn.
const firstHome = app.start();

const target = document.getElementById('app');
if (target) mount(App, { target });
// In the same task as the mount, so no frame shows both or neither: the UI's Home replaces
// the one Rust drew, in the same place, and does what was tapped on it meanwhile.
const tapped = firstScreen?.takeOver() ?? null;
if (tapped && firstHome) void app.replayFirstTap(firstHome, tapped);

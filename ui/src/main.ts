import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { app } from './lib/app.svelte';

// Ask Rust for the first screen before drawing anything: the answers travel while Svelte mounts.
void app.load();

const target = document.getElementById('app');
if (target) mount(App, { target });

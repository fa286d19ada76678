import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { app } from './lib/app.svelte';

// The first screen's data, from the page or asked for, before anything is drawn.
app.start();

const target = document.getElementById('app');
if (target) mount(App, { target });

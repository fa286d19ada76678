import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Svelte's accessibility warnings fail the build: an inaccessible screen never ships.
export default defineConfig({
  plugins: [
    svelte({
      onwarn(warning, defaultHandler) {
        if (warning.code.startsWith('a11y')) {
          throw new Error(`${warning.code}: ${warning.message} (${warning.filename})`);
        }
        defaultHandler?.(warning);
      },
    }),
  ],
  clearScreen: false,
  base: './',
  build: {
    target: 'es2021',
    outDir: 'dist',
    emptyOutDir: true,
    // Inline nothing as data: URIs (the CSP allows only 'self').
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});

// Builds the renderer once for both shells: Electron loads it from app://,
// the web shell serves it from 127.0.0.1. Relative asset paths work for both.
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../out/renderer', import.meta.url)),
    emptyOutDir: true,
    // Inline nothing: the Content-Security-Policy allows no data: scripts or styles.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
});

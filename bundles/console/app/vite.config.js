import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { EXTERNAL } from './build/shared.js';
import { importMapPlugin } from './build/import-map.js';

export default defineConfig({
  base: '/console/',
  plugins: [vue(), importMapPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: { external: EXTERNAL },
  },
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.js'],
    alias: { '@anjian/console-sdk': fileURLToPath(new URL('./src/sdk/index.js', import.meta.url)) },
  },
});

// The console SDK (@anjian/console-sdk) as one ES module: the API client, the current user, dictionaries, tags,
// the region picker and the standard list page. Built before the application; vue and element-plus stay imports
// (the import map gives host and domain pages the same copy).
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { SHARED } from './build/shared.js';

export default defineConfig({
  plugins: [vue()],
  build: {
    outDir: 'dist-sdk',
    emptyOutDir: true,
    lib: { entry: 'src/sdk/index.js', formats: ['es'], fileName: () => 'console-sdk.js', cssFileName: 'console-sdk' },
    rollupOptions: { external: Object.keys(SHARED) },
  },
});

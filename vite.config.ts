import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Writes a .gz and a .br beside every built text file worth compressing, which the server sends
 * to a browser that accepts them (@fastify/static's preCompressed): compressed once at build, at
 * the highest levels, instead of on every request.
 */
function precompress(): Plugin {
  return {
    name: 'varde-precompress',
    apply: 'build',
    writeBundle(options, bundle) {
      const outDir = options.dir!;
      for (const fileName of Object.keys(bundle)) {
        if (!/\.(js|css|html|svg|json)$/.test(fileName)) continue;
        const file = path.join(outDir, fileName);
        const body = fs.readFileSync(file);
        if (body.length < 1024) continue;
        fs.writeFileSync(`${file}.gz`, zlib.gzipSync(body, { level: 9 }));
        fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
    },
  };
}

// The web app lives in src/web and is built to dist/web, which the server serves at / (the API is
// under /api on the same port). In development, `npm run dev:web` proxies /api to `npm run dev`.
export default defineConfig({
  root: fileURLToPath(new URL('./src/web', import.meta.url)),
  plugins: [react(), precompress()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // Designsystemet's React package does not declare itself free of side effects, so its index
        // would bring every component to whichever page imports one. Its components only export;
        // the web components they need (@digdir/designsystemet-web, u-elements) keep their own.
        moduleSideEffects: (id) => (/[\\/]@digdir[\\/]designsystemet-react[\\/]/.test(id) ? false : undefined),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false },
    },
  },
});

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { extname, join } from 'node:path';
import type { AddressInfo } from 'node:net';

/** The file a static host would serve for a site path (a folder serves its index.html). */
export function fileFor(site: string, path: string): string | undefined {
  const file = join(site, decodeURIComponent(path.split(/[?#]/)[0]!));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function readPage(site: string, path: string): string {
  const file = fileFor(site, path);
  if (!file) throw new Error(`no page at ${path}`);
  return readFileSync(file, 'utf8');
}

export function htmlFiles(site: string): string[] {
  return (readdirSync(site, { recursive: true }) as string[]).filter((file) => file.endsWith('.html')).sort();
}

/** Text of an HTML fragment with tags dropped and entities decoded, spaces collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every href and src of a page, as written. */
export function linksOf(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Types a host compresses when `compress` is on (nginx's gzip_types for text, scripts and JSON); Pagefind's own files are gzipped already. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.xml', '.txt']);

/**
 * Serves a built site on loopback under `base`, as a static host would; with
 * `compress`, gzipped text, scripts and JSON to clients that accept it, as a host
 * configured as the README says does.
 */
export async function serveSite(site: string, base = '/', { compress = false } = {}): Promise<{ origin: string; close: () => Promise<void> }> {
  const gzipped = new Map<string, Buffer>();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = path.startsWith(base) ? fileFor(site, `/${path.slice(base.length)}`) : undefined;
    if (!file) {
      response.writeHead(404, { 'content-type': TYPES['.html']! });
      response.end(readFileSync(join(site, '404.html')));
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (compress && COMPRESSED.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
      if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file)));
      response.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', vary: 'Accept-Encoding' });
      response.end(gzipped.get(file));
      return;
    }
    response.writeHead(200, { 'content-type': type });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

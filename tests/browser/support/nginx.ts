// Debian's nginx for browser tests: a child process on a generated top-level nginx.conf (in a temp dir of its own) that
// includes the shipped deploy/nginx/ files, their ports and paths substituted, so the tests exercise the shipped
// configuration and not a copy of it.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const DEPLOY_DIR = new URL('../../../deploy/nginx/', import.meta.url).pathname;
/** Debian's own list of types: the README counts on its .js and .json types under nosniff. */
const MIME_TYPES = '/etc/nginx/mime.types';

export const shippedConfig = (name: 'tthc-site.conf' | 'tthc-feed-publisher.conf'): string => readFileSync(join(DEPLOY_DIR, name), 'utf8');

/**
 * The shipped text with each `from` replaced by its `to`. Each must occur exactly once: a shipped file whose shape
 * changed fails here, rather than being served with its example ports or paths.
 */
function substituted(name: string, text: string, replacements: ReadonlyArray<readonly [string, string]>): string {
  let out = text;
  for (const [from, to] of replacements) {
    const count = out.split(from).length - 1;
    if (count !== 1) throw new Error(`deploy/nginx/${name}: expected "${from}" once, found it ${count} times`);
    out = out.replace(from, () => to);
  }
  return out;
}

/** tthc-site.conf on 127.0.0.1:`port`, its root `root` (the site in `root`/so-lieu/), its CSP allowing `feedOrigins`. */
export function siteServer(options: { port: number; root: string; feedOrigins: readonly string[] }): string {
  return substituted('tthc-site.conf', shippedConfig('tthc-site.conf'), [
    ['listen 80;', `listen 127.0.0.1:${options.port};`],
    ['root /var/www/tthc;', `root "${options.root}";`],
    ["connect-src 'self' https://feed.example.gov.vn;", `connect-src 'self' ${options.feedOrigins.join(' ')};`],
  ]);
}

/** tthc-feed-publisher.conf on 127.0.0.1:`port`, serving the files of `dir` under /tthc/. */
export function feedPublisherServer(options: { port: number; dir: string }): string {
  return substituted('tthc-feed-publisher.conf', shippedConfig('tthc-feed-publisher.conf'), [
    ['listen 80;', `listen 127.0.0.1:${options.port};`],
    ['alias /var/www/tthc-feed/;', `alias "${options.dir.replace(/\/?$/, '/')}";`],
  ]);
}

/** `count` distinct ports free on 127.0.0.1 now (held together while chosen, so none is given twice). */
export async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<ReturnType<typeof createServer>>((done, fail) => {
          const server = createServer();
          server.once('error', fail);
          server.listen(0, '127.0.0.1', () => done(server));
        }),
    ),
  );
  const ports = servers.map((server) => (server.address() as AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

/** One line of the test's access log. */
export type AccessLogLine = { status: number; method: string; uri: string; ifNoneMatch: string; bytes: number; origin: string };

const LOG_FORMAT = `escape=none '$status $request_method "$request_uri" "$http_if_none_match" $body_bytes_sent "$http_origin"'`;
const LOG_LINE = /^(\d{3}) (\S+) "(.*?)" "(.*?)" (\d+) "(.*?)"$/;

/** The top-level nginx.conf: every path in `dir`, in the foreground, workers as this user (root's workers as root). */
function topLevelConfig(dir: string, serverFiles: readonly string[]): string {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return [
    '# Generated for a browser test: the server blocks included below are the shipped deploy/nginx/ files, substituted.',
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    // As root, nginx would run its workers as nobody, who cannot read a temp dir made 0700; as anyone else, `user` is
    // ignored with a warning, so it is left out.
    asRoot ? 'user root;' : '',
    `pid "${dir}/nginx.pid";`,
    `error_log "${dir}/error.log" warn;`,
    'events { worker_connections 512; }',
    'http {',
    `    include ${MIME_TYPES};`,
    '    default_type application/octet-stream;',
    '    sendfile on;',
    `    log_format tthc_test ${LOG_FORMAT};`,
    `    access_log "${dir}/access.log" tthc_test;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `    ${kind}_temp_path "${dir}/${kind}_temp";`),
    ...serverFiles.map((file) => `    include "${file}";`),
    '}',
    '',
  ].join('\n');
}

async function writeConfig(name: string, serverBlocks: readonly string[]): Promise<{ dir: string; conf: string }> {
  if (!existsSync(NGINX_PATH)) throw new Error(`No nginx at ${NGINX_PATH}: apt-get install -y nginx (or set NGINX_PATH)`);
  const dir = await mkdtemp(join(tmpdir(), `tthc-nginx-${name}-`));
  const files: string[] = [];
  for (const [i, block] of serverBlocks.entries()) {
    const file = join(dir, `server-${i}.conf`);
    await writeFile(file, block);
    files.push(file);
  }
  const conf = join(dir, 'nginx.conf');
  await writeFile(conf, topLevelConfig(dir, files));
  return { dir, conf };
}

/** `nginx -t` on the given server blocks (with a test prefix): whether nginx accepts them, and what it said. */
export async function checkConfig(serverBlocks: readonly string[]): Promise<{ ok: boolean; output: string }> {
  const { dir, conf } = await writeConfig('check', serverBlocks);
  try {
    const result = spawnSync(NGINX_PATH, ['-t', '-p', `${dir}/`, '-c', conf], { encoding: 'utf8' });
    return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export type Nginx = {
  /** The temp dir of its nginx.conf, pid, logs and temp files. */
  dir: string;
  /** Starts the master (and waits until every port answers); again after stop() on the same ports. */
  start: () => Promise<void>;
  /** Fast shutdown (SIGTERM): the ports refuse connections once it returns. */
  stop: () => Promise<void>;
  /** The requests answered so far, oldest first. */
  accessLog: () => Promise<AccessLogLine[]>;
  /** Stops nginx and removes its temp dir. */
  close: () => Promise<void>;
};

const running = new Set<ChildProcess>();
// A test process that dies must not leave masters listening.
process.once('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

function portAnswers(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * nginx serving `serverBlocks` (each a whole `server { … }` file, as siteServer and feedPublisherServer give them) on
 * `ports`, started before this returns.
 */
export async function startNginx(name: string, serverBlocks: readonly string[], ports: readonly number[]): Promise<Nginx> {
  const { dir, conf } = await writeConfig(name, serverBlocks);
  let child: ChildProcess | null = null;

  const start = async () => {
    if (child) return;
    const output: string[] = [];
    const master = spawn(NGINX_PATH, ['-p', `${dir}/`, '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
    master.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    master.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    let exited = false;
    master.once('exit', () => {
      exited = true;
      running.delete(master);
      if (child === master) child = null;
    });
    child = master;
    running.add(master);
    // A loaded two-core machine may take a while to fork the workers.
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (exited) {
        const log = await readFile(join(dir, 'error.log'), 'utf8').catch(() => '');
        throw new Error(`nginx (${name}) exited at start-up: ${output.join('')}${log}`);
      }
      const answers = await Promise.all(ports.map(portAnswers));
      if (answers.every(Boolean)) return;
      if (Date.now() > deadline) throw new Error(`nginx (${name}) did not listen on ${ports.join(', ')} within 30 s`);
      await pause(50);
    }
  };

  const stop = async () => {
    const master = child;
    if (!master) return;
    const exited = new Promise<void>((done) => master.once('exit', () => done()));
    master.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), pause(15_000).then(() => false)]);
    if (!killed) {
      master.kill('SIGKILL');
      await exited;
    }
    // The workers close their sockets before the master exits; wait until the ports say so.
    for (let i = 0; i < 100 && (await Promise.all(ports.map(portAnswers))).some(Boolean); i++) await pause(50);
  };

  const accessLog = async (): Promise<AccessLogLine[]> => {
    const text = await readFile(join(dir, 'access.log'), 'utf8').catch(() => '');
    return text
      .split('\n')
      .map((line) => LOG_LINE.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map(([, status, method, uri, ifNoneMatch, bytes, origin]) => ({
        status: Number(status),
        method: method!,
        uri: uri!,
        ifNoneMatch: ifNoneMatch === '-' ? '' : ifNoneMatch!,
        bytes: Number(bytes),
        origin: origin === '-' ? '' : origin!,
      }));
  };

  await start();
  return {
    dir,
    start,
    stop,
    accessLog,
    close: async () => {
      await stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer };

/** One request as sent, its answer as received: no decompression, no cache, no redirect followed. */
export function rawRequest(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const request = httpRequest(url, { method: options.method ?? 'GET', headers: options.headers ?? {}, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', fail);
    });
    request.on('error', fail);
    request.end();
  });
}

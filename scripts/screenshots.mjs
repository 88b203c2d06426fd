#!/usr/bin/env node
// `npm run screenshots`: builds, then writes PNGs of every page and the sidebar into screenshots/.
import { spawnSync } from 'node:child_process';

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

if (!run('npx', ['wxt', 'build'])) process.exit(1);
process.exit(run('npx', ['playwright', 'test', '--workers', '1'], { SCREENSHOTS: '1' }) ? 0 : 1);

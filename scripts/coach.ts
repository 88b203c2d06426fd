import { createInterface } from 'node:readline';
import { analyzeSingle, parseArgs, processJsonlLine, USAGE } from './coach-cli';

async function readAll(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** JSON lines stream through one at a time; a bad record is reported and the run goes on. */
async function runJsonl(): Promise<boolean> {
  let failed = false;
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const result = processJsonlLine(line, ++lineNumber);
    if ('output' in result) process.stdout.write(`${result.output}\n`);
    else if ('error' in result) {
      failed = true;
      process.stderr.write(`coach: ${result.error}\n`);
    }
  }
  return !failed;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if ('error' in options) {
    process.stderr.write(`coach: ${options.error}\n${USAGE}\n`);
    process.exitCode = 1;
    return;
  }
  if (options.jsonl) {
    if (!(await runJsonl())) process.exitCode = 1;
    return;
  }
  const platform = options.platform as NonNullable<typeof options.platform>;
  process.stdout.write(`${analyzeSingle(await readAll(), { ...options, platform })}\n`);
}

void main();

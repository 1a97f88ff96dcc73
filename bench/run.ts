export {};
// npm run bench [-- part ...]: runs the named parts (all by default) and writes bench/results/.
const PARTS = ['extraction', 'summary', 'facts', 'library', 'browser', 'pathological'] as const;

const asked = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const parts = asked.length ? asked : [...PARTS];
for (const part of parts) {
  if (!(PARTS as readonly string[]).includes(part)) {
    console.error(`Unknown bench part "${part}". Parts: ${PARTS.join(', ')}`);
    process.exit(2);
  }
}
for (const part of parts) {
  console.log(`\n## ${part}\n`);
  const module = (await import(`./${part}.ts`)) as { run: () => Promise<void> };
  await module.run();
}

import { readdirSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

const dir = 'dist/assets';
const files = process.argv.slice(2);
const totals = new Map();
for (const f of readdirSync(dir).filter(
  (f) => f.endsWith('.js') && files.some((p) => f.startsWith(p)),
)) {
  const map = JSON.parse(readFileSync(`${dir}/${f}.map`, 'utf8'));
  const code = readFileSync(`${dir}/${f}`, 'utf8');
  const lines = code.split('\n');
  const c = new SourceMapConsumer(map);
  const ms = [];
  c.eachMapping((m) => ms.push(m));
  ms.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i],
      n = ms[i + 1];
    const len =
      n && n.generatedLine === m.generatedLine
        ? n.generatedColumn - m.generatedColumn
        : (lines[m.generatedLine - 1]?.length ?? 0) - m.generatedColumn;
    const src = (m.source ?? '?').replace(/.*node_modules\//, 'nm:').replace(/.*\/src\//, 'src/');
    const key = src.startsWith('nm:')
      ? src
          .split('/')
          .slice(0, src.startsWith('nm:@') ? 2 : 1)
          .join('/')
      : src;
    totals.set(key, (totals.get(key) ?? 0) + len);
  }
}
let sum = 0;
for (const [, v] of totals) sum += v;
console.log('total minified', sum);
for (const [k, v] of [...totals].sort((a, b) => b[1] - a[1]).slice(0, 45))
  console.log(String(v).padStart(8), k);

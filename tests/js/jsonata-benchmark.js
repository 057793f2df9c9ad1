// Times the reference JSONata implementation (npm jsonata, pinned in package.json) on the cases of
// bench/StepGen.Benchmarks/jsonata-benchmark-cases.json, over the same 1,000-item document that JsonAtaBenchmarks
// builds (document() below is the same formula), so the two sets of figures in docs/performance.md compare.
//
//   node jsonata-benchmark.js [runs]
//
// Each expression is compiled once, evaluated 20 times to warm up, then timed `runs` times (default 50); the
// script prints the median, min and max per case in milliseconds, as a table and as JSON on the last line.
'use strict';

const fs = require('fs');
const path = require('path');
const jsonata = require('jsonata');

function document() {
  const categories = ['a', 'b', 'c', 'd'];
  const tagNames = ['red', 'green', 'blue'];
  const items = [];
  for (let i = 0; i < 1000; i++) {
    items.push({
      id: i,
      name: 'item' + i,
      price: ((i * 37) % 1000) / 10,
      qty: i % 7,
      category: categories[i % 4],
      tags: i % 3 === 0 ? [] : [tagNames[i % 3], tagNames[(i + 1) % 3]],
      stamp: 1700000000000 + Math.trunc((i * 86400000) / 7),
    });
  }
  return { items };
}

async function main() {
  const runs = Number(process.argv[2] || 50);
  const file = path.join(__dirname, '..', '..', 'bench', 'StepGen.Benchmarks', 'jsonata-benchmark-cases.json');
  const cases = JSON.parse(fs.readFileSync(file, 'utf8')).cases;
  const input = document();
  const results = [];
  for (const c of cases) {
    const expression = jsonata(c.expression);
    const first = await expression.evaluate(input);
    if (first === undefined) {
      throw new Error(c.name + ' gives no value');
    }
    for (let i = 0; i < 20; i++) {
      await expression.evaluate(input);
    }
    const times = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      await expression.evaluate(input);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    times.sort((a, b) => a - b);
    const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
    results.push({ name: c.name, medianMs: median, minMs: times[0], maxMs: times[times.length - 1] });
  }
  for (const r of results) {
    process.stdout.write(`${r.name.padEnd(18)} median ${r.medianMs.toFixed(3)} ms  (min ${r.minMs.toFixed(3)}, max ${r.maxMs.toFixed(3)})\n`);
  }
  process.stdout.write(JSON.stringify({ node: process.version, runs, results }) + '\n');
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + '\n');
  process.exit(1);
});

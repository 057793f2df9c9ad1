// Validates ASL files with amazon-states-language-service (the engine behind the AWS Toolkit's ASL editor),
// an independent check of what StepGen generates. Usage: node validate-with-language-service.js <file.asl.json>...
// Prints each diagnostic as "file:line:column severity message"; exits 1 when any file has an error or warning.
'use strict';
const fs = require('fs');
const { getLanguageService, TextDocument } = require('amazon-states-language-service');

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

async function validate(file) {
  const text = fs.readFileSync(file, 'utf8');
  const service = getLanguageService({});
  const document = TextDocument.create('file://' + file, 'json', 1, text);
  const json = service.parseJSONDocument(document);
  const diagnostics = await service.doValidation(document, json);
  for (const d of diagnostics) {
    console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${severities[d.severity] || d.severity} ${d.message}`);
  }
  return diagnostics.filter(d => d.severity === 1 || d.severity === 2).length;
}

(async () => {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: node validate-with-language-service.js <file.asl.json>...');
    process.exit(2);
  }
  let problems = 0;
  for (const file of files) {
    problems += await validate(file);
  }
  console.log(problems === 0 ? `${files.length} definition(s) valid` : `${problems} problem(s)`);
  process.exit(problems === 0 ? 0 : 1);
})().catch(error => {
  console.error(error);
  process.exit(2);
});

// Parses Terraform files with @cdktf/hcl2json (HashiCorp's HCL parser compiled to WebAssembly), so the
// tests can check samples/Terraform without a terraform binary. Prints one JSON document on stdout.
//
//   node hcl.js config <file.tf>...         {"<file>": <the file as JSON, expressions as "${...}" text>}
//   node hcl.js expression <expression>...  [<syntax tree of each expression>]
//   node hcl.js template <file>...          {"<file>": [<part>...]}: the file read as Terraform's
//                                           templatefile reads it, cut into {"text": "..."} (as written
//                                           in the file), {"variable": "Name"} for ${Name}, and
//                                           {"other": "<source>"} for any other interpolation or directive
//
// Exits 1 with "<file>: <message>" on stderr when something does not parse.
'use strict';
const fs = require('fs');
const hcl = require('@cdktf/hcl2json');

// Source positions are noise for the callers.
function withoutRanges(node) {
  return JSON.parse(JSON.stringify(node, (key, value) => (/Ranges?$/i.test(key) ? undefined : value)));
}

async function config(files) {
  const result = {};
  for (const file of files) {
    result[file] = await hcl.parse(file, fs.readFileSync(file, 'utf8'));
  }
  return result;
}

async function expression(expressions) {
  const result = [];
  for (const text of expressions) {
    result.push(withoutRanges(await hcl.getExpressionAst('expression.tf', text)));
  }
  return result;
}

// templatefile parses a file as a bare template. The closest thing the parser exposes is a heredoc,
// whose body follows the same rules (${...} and %{...} are template syntax, $${ and %%{ their escapes,
// backslashes are literal), so the file goes into one. The heredoc adds a newline after the text.
async function template(files) {
  const marker = 'STEPGEN_TEMPLATE_END';
  const result = {};
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (text.split(/\r?\n/).some(line => line.trim() === marker)) {
      throw new Error(`${file}: contains the line ${marker}, which would end the heredoc`);
    }
    const ast = await hcl.getExpressionAst(file, `<<${marker}\n${text}\n${marker}\n`);
    const children = ast === null ? [] : ast.type === 'template' ? ast.children : [ast];
    result[file] = children.map(part => {
      if (part.type === 'literalValue') {
        return { text: String(part.meta.value) };
      }
      const traversal = part.type === 'scopeTraversal' ? part.meta.traversal : null;
      if (traversal && traversal.length === 1 && traversal[0].type === 'nameTraversal') {
        return { variable: traversal[0].segment };
      }
      return { other: part.meta && part.meta.value !== undefined ? String(part.meta.value) : part.type };
    });
  }
  return result;
}

(async () => {
  const [command, ...args] = process.argv.slice(2);
  const commands = { config, expression, template };
  if (!commands[command] || args.length === 0) {
    console.error('usage: node hcl.js config <file.tf>... | expression <expression>... | template <file>...');
    process.exit(2);
  }
  try {
    console.log(JSON.stringify(await commands[command](args), null, 2));
  } catch (error) {
    console.error(error && error.message ? error.message : String(error));
    process.exit(1);
  }
})();

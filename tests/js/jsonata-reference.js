// Runs JSONata expressions through the npm package jsonata (pinned in package.json), the reference implementation,
// so StepGen's JSONata parser (tests/StepGen.Asl.Tests) and evaluator (tests/StepGen.Testing.Tests) can be compared
// with it.
//
//   node jsonata-reference.js < requests.json
//
// stdin holds an array of requests (one node start for thousands of expressions):
//
//   { "expression": "...", "parseOnly": true|false, "input": <JSON, optional: absent means undefined>,
//     "bindings": { "name": <JSON>, ... } (optional) }
//
// stdout is an array with one answer per request, in order:
//
//   {"parsed": true}                                   parseOnly and the expression compiles
//   {"result": <JSON>}                                 the value (a function anywhere in it is written as
//                                                      {"$function": true})
//   {"undefined": true}                                the expression evaluates to nothing
//   {"error": {"code", "message", "position", "token"}} a compile or evaluation error (position is the
//                                                      reference's own, usually the offset just after the token)
//   {"timeout": true}                                  the evaluation ran past two seconds
//
// Each evaluation gets a fresh environment; $now() and $millis() are not frozen, so compare no expression that
// calls them.
'use strict';

const jsonata = require('jsonata');

function isFunction(value) {
  return typeof value === 'function' || (value !== null && typeof value === 'object' && (value._jsonata_lambda === true || value._jsonata_function === true));
}

function plain(value) {
  if (isFunction(value)) {
    return { $function: true };
  }
  if (Array.isArray(value)) {
    return value.map(plain);
  }
  if (value !== null && typeof value === 'object') {
    const copy = {};
    for (const key of Object.keys(value)) {
      if (value[key] !== undefined) {
        copy[key] = plain(value[key]);
      }
    }
    return copy;
  }
  return value;
}

function describe(error) {
  return {
    error: {
      code: error.code === undefined ? null : error.code,
      message: String(error.message),
      position: error.position === undefined ? null : error.position,
      token: error.token === undefined ? null : String(error.token),
    },
  };
}

async function answer(request) {
  let compiled;
  try {
    compiled = jsonata(request.expression);
  } catch (error) {
    return describe(error);
  }
  if (request.parseOnly) {
    return { parsed: true };
  }
  try {
    const evaluation = compiled.evaluate(request.input, request.bindings);
    let timer;
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => resolve({ timeout: true }), 2000);
    });
    const outcome = await Promise.race([evaluation.then((value) => ({ value })), timeout]);
    clearTimeout(timer);
    if (outcome.timeout) {
      return outcome;
    }
    return outcome.value === undefined ? { undefined: true } : { result: plain(outcome.value) };
  } catch (error) {
    return describe(error);
  }
}

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk);
  }
  const requests = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const answers = [];
  for (const request of requests) {
    answers.push(await answer(request));
  }
  process.stdout.write(JSON.stringify(answers));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});

// Runs ASL definitions with aws-local-stepfunctions, an ASL executor written independently of StepGen, so
// tests/StepGen.Testing.Tests/Differential can compare StepGen.Testing's results with a second opinion.
//
//   node run-local-stepfunctions.js < request.json
//
// The request on stdin is one object, or an array of them (one node start for hundreds of executions):
//
//   {
//     "definition": { ...ASL... },
//     "input": <any JSON value>,
//     "context": { "Execution": {"Name": ...}, "StateMachine": {...} },    optional Context Object fields
//     "tasks": { "StateName": [ {"return": <JSON>} | {"throw": {"error": "E", "cause": "C"}}, ... ] }
//   }
//
// Each Task state answers from its list in the order it is invoked (retries and Map iterations count); after the
// last entry, the last entry answers again. A Task without a list fails the execution with "HarnessNoMock".
// No Task calls AWS (every Task state gets a local handler), and Waits and Retry intervals take 0 ms.
//
// Prints, for each request in order (an array when the request was one):
//
//   {"status": "SUCCEEDED" | "FAILED" | "INVALID", "output": ..., "error": ..., "cause": ...,
//    "calls": {"StateName": [<payload>, ...]}}
//
// INVALID means the package refused the definition (its asl-validator check); "cause" says why. Definitions are
// validated together (see invalidDefinitions), then each runs unvalidated.
'use strict';

// aws-local-stepfunctions 3.0.0 asks for Node 22 but only uses Promise.withResolvers from it.
if (typeof Promise.withResolvers !== 'function') {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

const { StateMachine, ExecutionError } = require('aws-local-stepfunctions');

function readStdin() {
  return new Promise((resolve, reject) => {
    const chunks = [];
    process.stdin.on('data', (chunk) => chunks.push(chunk));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

// Every state of the definition, nested Parallel branches and Map processors included.
function collectStates(definition, into = []) {
  for (const [name, state] of Object.entries(definition.States || {})) {
    into.push([name, state]);
    for (const branch of state.Branches || []) {
      collectStates(branch, into);
    }
    const processor = state.ItemProcessor || state.Iterator;
    if (processor) {
      collectStates(processor, into);
    }
  }
  return into;
}

function taskHandler(name, outcomes, calls) {
  let invocation = 0;
  return async (payload) => {
    (calls[name] = calls[name] || []).push(payload === undefined ? null : payload);
    if (!Array.isArray(outcomes) || outcomes.length === 0) {
      const error = new Error(`No mocked outcome for Task state '${name}'`);
      error.name = 'HarnessNoMock';
      throw error;
    }
    const outcome = outcomes[Math.min(invocation, outcomes.length - 1)];
    invocation++;
    if (outcome.throw) {
      // The package reports a thrown error's name as the Step Functions error and its message as the cause.
      const error = new Error(outcome.throw.cause === undefined || outcome.throw.cause === null ? '' : outcome.throw.cause);
      error.name = outcome.throw.error;
      throw error;
    }
    return outcome.return === undefined ? null : outcome.return;
  };
}

// The package validates a definition with asl-validator, which compiles its JSON schemas afresh on every call
// (about 0.2 s). A batch is validated as one machine instead, each definition a branch of one Parallel state, and
// each error is traced back to its definition: by its branch index, or else (an error that names a state only) by
// validating the definitions with that state name one by one. Duplicate state names across definitions are not
// errors here, so each definition's own names are checked separately.
function invalidDefinitions(requests) {
  const invalid = new Map();
  const names = requests.map((r) => collectStates(r.definition).map(([name]) => name));
  names.forEach((list, i) => {
    const duplicates = list.filter((name, j) => list.indexOf(name) !== j);
    if (duplicates.length > 0) {
      invalid.set(i, `State machine definition is invalid: duplicate state names ${[...new Set(duplicates)].join(', ')}`);
    }
  });

  const batch = {
    StartAt: 'Batch',
    States: { Batch: { Type: 'Parallel', End: true, Branches: requests.map((r) => JSON.parse(JSON.stringify(r.definition))) } },
  };
  let message;
  try {
    new StateMachine(batch);
    return invalid;
  } catch (e) {
    message = String(e && e.message);
  }

  const suspects = new Set();
  for (const line of message.split('\n').slice(1).map((l) => l.trim()).filter((l) => l)) {
    const branch = /\/States\/Batch\/Branches\/(\d+)(.*)/.exec(line);
    if (branch) {
      const index = Number(branch[1]);
      const text = line.replace(branch[0], branch[2] || '/');
      invalid.set(index, invalid.has(index) ? `${invalid.get(index)}\n${text}` : `State machine definition is invalid: ${text}`);
    } else if (!/^DUPLICATE_STATE_NAME/.test(line)) {
      names.forEach((list, i) => {
        if (list.some((name) => line.includes(name))) {
          suspects.add(i);
        }
      });
    }
  }

  for (const i of suspects) {
    try {
      new StateMachine(requests[i].definition);
    } catch (e) {
      invalid.set(i, String(e && e.message));
    }
  }
  return invalid;
}

async function runOne(request, invalid) {
  const calls = {};
  if (invalid !== undefined) {
    return { status: 'INVALID', output: null, error: null, cause: invalid, calls };
  }

  const machine = new StateMachine(request.definition, { validationOptions: { noValidate: true } });

  const taskResourceLocalHandlers = {};
  const waitTimeOverrides = {};
  const retryIntervalOverrides = {};
  for (const [name, state] of collectStates(request.definition)) {
    if (state.Type === 'Task') {
      taskResourceLocalHandlers[name] = taskHandler(name, (request.tasks || {})[name], calls);
    }
    if (state.Type === 'Wait') {
      waitTimeOverrides[name] = 0;
    }
    if (Array.isArray(state.Retry)) {
      retryIntervalOverrides[name] = 0;
    }
  }

  const execution = machine.run(request.input === undefined ? {} : request.input, {
    overrides: { taskResourceLocalHandlers, waitTimeOverrides, retryIntervalOverrides },
    context: request.context,
  });
  try {
    const output = await execution.result;
    return { status: 'SUCCEEDED', output: output === undefined ? null : output, error: null, cause: null, calls };
  } catch (e) {
    const failure = e instanceof ExecutionError && e.cause ? e.cause : e;
    return {
      status: 'FAILED',
      output: null,
      error: failure && failure.name !== undefined ? String(failure.name) : null,
      cause: failure && failure.message !== undefined ? String(failure.message) : null,
      calls,
    };
  }
}

async function main() {
  const request = JSON.parse(await readStdin());
  const requests = Array.isArray(request) ? request : [request];
  const invalid = invalidDefinitions(requests);
  const results = [];
  for (let i = 0; i < requests.length; i++) {
    results.push(await runOne(requests[i], invalid.get(i)));
  }
  process.stdout.write(JSON.stringify(Array.isArray(request) ? results : results[0]));
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});

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
// INVALID means the package refused the definition (its asl-validator check); "cause" says why.
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

async function runOne(request) {
  const calls = {};
  let machine;
  try {
    machine = new StateMachine(request.definition);
  } catch (e) {
    return { status: 'INVALID', output: null, error: null, cause: String(e && e.message), calls };
  }

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
  const results = [];
  for (const one of requests) {
    results.push(await runOne(one));
  }
  process.stdout.write(JSON.stringify(Array.isArray(request) ? results : results[0]));
}

main().catch((e) => {
  process.stderr.write(String((e && e.stack) || e) + '\n');
  process.exit(1);
});

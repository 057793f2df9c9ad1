#!/usr/bin/env node
// Judges a batch of IAM requests against one identity policy with @cloud-copilot/iam-simulate, the independent oracle
// of StepGen's IAM tests (tests/StepGen.SourceGenerators.Tests/Iam).
//
//   node simulate-iam.js < input.json      or      node simulate-iam.js input.json
//
// input:  { "policy": { "Version": ..., "Statement": [...] },
//           "requests": [ { "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": { "key": "value" } } ] }
// output: { "results": [ { "decision": "Allowed" | "ImplicitlyDenied" | "ExplicitlyDenied" | null, "errors": [...] } ] }
//
// The principal is a role of account 123456789012 whose only policy is the given one. decision is null when the
// simulator refuses to judge the request (unknown action, a resource no resource type of the action matches); errors
// say why, and also list context keys the simulator dropped because they do not apply to the action. Exit code 0
// whenever the batch ran; 2 for bad input (with the reason on stderr).
'use strict';
const {
  runSimulation, runUnsafeSimulation, allowedContextKeysForRequest, typeForContextKey, isConditionKeyArray
} = require('@cloud-copilot/iam-simulate');

const ACCOUNT = '123456789012';
const PRINCIPAL = `arn:aws:iam::${ACCOUNT}:role/StepFunctionsExecutionRole`;

// Actions whose entry in the IAM data (Service Authorization Reference) contradicts the service's own docs.
// For these, matching requests are evaluated with runUnsafeSimulation, after our own checks.
const DOC_OVERRIDES = {
  // iam-data: wildcard-only, no condition keys. Step Functions docs (HTTP Task permissions): granted on the
  // state machine ARN and filtered by states:HTTPMethod / states:HTTPEndpoint.
  'states:invokehttpendpoint': {
    resource: /^arn:aws[a-z-]*:states:[a-z0-9-]+:\d{12}:stateMachine:[^:]+$/,
    conditionKeys: ['states:httpmethod', 'states:httpendpoint']
  }
};

class InputError extends Error {}

const toStr = (v, key) => {
  if (['string', 'number', 'boolean'].includes(typeof v)) return String(v);
  throw new InputError(`context value for "${key}" must be a string, number, boolean or an array of those`);
};

function checkRequest(r, i) {
  if (!r || typeof r !== 'object') throw new InputError(`requests[${i}] must be an object`);
  if (typeof r.action !== 'string' || !r.action) throw new InputError(`requests[${i}].action must be a non-empty string`);
  if (typeof r.resource !== 'string' || !r.resource) throw new InputError(`requests[${i}].resource must be a non-empty string`);
  if (r.context !== undefined && (typeof r.context !== 'object' || r.context === null || Array.isArray(r.context)))
    throw new InputError(`requests[${i}].context must be an object`);
  const context = {};
  for (const [k, v] of Object.entries(r.context || {})) context[k] = Array.isArray(v) ? v.map((x) => toStr(x, k)) : toStr(v, k);
  return { action: r.action, resource: r.resource, context };
}

// Keys AWS puts into every request of a role session; values supplied by the caller win.
function defaultContext(resource, resourceAccount) {
  const now = new Date();
  const ctx = {
    'aws:PrincipalArn': PRINCIPAL, 'aws:PrincipalAccount': ACCOUNT, 'aws:PrincipalType': 'AssumedRole',
    'aws:PrincipalIsAWSService': 'false', 'aws:ViaAWSService': 'false', 'aws:SecureTransport': 'true',
    'aws:CurrentTime': now.toISOString(), 'aws:EpochTime': String(Math.floor(now.getTime() / 1000))
  };
  if (resource !== '*') ctx['aws:ResourceAccount'] = resourceAccount;
  const region = resource.split(':')[3];
  if (region) ctx['aws:RequestedRegion'] = region;
  return ctx;
}

const simulation = (policy, action, resource, accountId, contextVariables) => ({
  request: { principal: PRINCIPAL, action, resource: { resource, accountId }, contextVariables },
  identityPolicies: [{ name: 'policy', policy }], serviceControlPolicies: [], resourceControlPolicies: []
});

// Documented-override path: filter and type the context like runSimulation does, then run without validation.
async function judgeOverride(policy, req, accountId, context, override) {
  const [service, action] = req.action.split(':');
  const allowed = new Set([...(await allowedContextKeysForRequest(service, action, '*', false, undefined)), ...override.conditionKeys]);
  const typed = {}, errors = [];
  for (const [key, value] of Object.entries(context)) {
    const lower = key.toLowerCase();
    if (!allowed.has(lower) && !(lower.includes('/') && [...allowed].some((a) => a.startsWith(lower.split('/')[0] + '/')))) {
      errors.push(`context key "${key}" is not valid for ${req.action} (documented override); ignored`);
      continue;
    }
    typed[key] = isConditionKeyArray(await typeForContextKey(lower)) ? [value].flat() : [value].flat()[0];
  }
  const decision = runUnsafeSimulation(simulation(policy, req.action, req.resource, accountId, typed), {});
  return { decision, errors, notes: [`${req.action} evaluated per the AWS service docs (resource ARN + condition keys) ` +
    'with runUnsafeSimulation; iam-data lists it as wildcard-only without condition keys'] };
}

const MESSAGES = {
  'invalid.service': 'unknown service', 'invalid.action': 'unknown action',
  'must.use.wildcard': 'action has no resource type (wildcard-only): the request resource must be "*"',
  'no.resource.types': 'resource ARN matches none of the resource types of the action',
  'multiple.resource.types': 'resource ARN matches more than one resource type of the action'
};

async function judge(policy, req) {
  const arnAccount = req.resource.split(':')[4];
  const accountId = /^\d{12}$/.test(arnAccount || '') ? arnAccount : ACCOUNT;
  const context = { ...defaultContext(req.resource, accountId), ...req.context };
  const override = DOC_OVERRIDES[req.action.toLowerCase()];
  if (override && override.resource.test(req.resource)) return judgeOverride(policy, req, accountId, context, override);

  const res = await runSimulation(simulation(policy, req.action, req.resource, accountId, context), { simulationMode: 'Strict' });
  if (res.resultType === 'error') {
    const m = res.errors.message;
    return { decision: null, errors: [`${m}: ${MESSAGES[m] || JSON.stringify(res.errors)}`] };
  }
  const ignored = res.resultType === 'single' ? res.result.ignoredContextKeys || []
    : [...new Set(res.results.flatMap((r) => r.ignoredContextKeys || []))];
  const errors = ignored.map((k) => `context key "${k}" is not valid for ${req.action} on this resource; ignored (treated as absent)`);
  const out = { decision: res.overallResult, errors };
  if (res.resultType === 'wildcard') out.notes = [`resource contains "*": evaluated as a pattern (${res.results.length} sub-simulation(s))`];
  return out;
}

async function judgeBatch(batch, where) {
  if (!batch || typeof batch.policy !== 'object' || batch.policy === null || Array.isArray(batch.policy))
    throw new InputError(`${where}"policy" must be a policy object`);
  if (!Array.isArray(batch.requests)) throw new InputError(`${where}"requests" must be an array`);
  const requests = batch.requests.map(checkRequest);

  // Validate the policy once: runSimulation checks policies before anything else.
  const probe = await runSimulation(simulation(batch.policy, 'sts:GetCallerIdentity', '*', ACCOUNT, {}), {});
  if (probe.resultType === 'error' && probe.errors.message === 'policy.errors')
    throw new InputError(`${where}invalid policy: ${JSON.stringify(probe.errors.identityPolicyErrors)}`);

  const results = [];
  for (const req of requests) {
    try { results.push(await judge(batch.policy, req)); }
    catch (e) { results.push({ decision: null, errors: [`simulator exception: ${e.message}`] }); }
  }
  return { results };
}

// One batch ({ policy, requests }), or several ({ batches: [{ policy, requests }, ...] }) judged in one process.
async function main() {
  let input;
  try { input = JSON.parse(require('fs').readFileSync(process.argv[2] || 0, 'utf8')); } catch (e) { throw new InputError(`stdin is not valid JSON: ${e.message}`); }
  const output = Array.isArray(input && input.batches)
    ? { batches: await Promise.all(input.batches.map((b, i) => judgeBatch(b, `batches[${i}]: `))) }
    : await judgeBatch(input, '');
  process.stdout.write(JSON.stringify(output, null, 2) + '\n');
}

main().catch((e) => {
  process.stderr.write(`${e instanceof InputError ? 'bad input' : 'internal error'}: ${e.message}\n`);
  process.exit(e instanceof InputError ? 2 : 1);
});

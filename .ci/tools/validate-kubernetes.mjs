#!/usr/bin/env node
// Validates Kubernetes YAML against the JSON schemas generated from the Kubernetes OpenAPI spec (kubernetes-models)
// and, for ServiceMonitor, the Prometheus Operator's CRD schema: required fields, types, enums and formats.
// Unknown fields are the strict load's job in tests/ConfBot.Deploy.Tests (these schemas allow extra properties).
// Usage: validate-kubernetes.mjs FILE...   One line per object; exit 1 if any object fails or has no schema.
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const modelOf = (apiVersion, kind) =>
  apiVersion.startsWith("monitoring.coreos.com/")
    ? `@kubernetes-models/prometheus-operator/${apiVersion}/${kind}`
    : `kubernetes-models/${apiVersion}/${kind}`;

let failures = 0;
for (const file of process.argv.slice(2)) {
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length) {
      failures++;
      console.log(`${file}: not YAML: ${document.errors[0].message}`);
      continue;
    }
    const object = document.toJS();
    if (object === null || object === undefined) continue;
    const name = `${file}: ${object.kind ?? "?"} ${object.metadata?.name ?? "?"}`;
    let Model;
    try {
      ({ [object.kind]: Model } = await import(modelOf(String(object.apiVersion), String(object.kind))));
    } catch {
      Model = undefined;
    }
    if (!Model) {
      failures++;
      console.log(`${name}: no schema for ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
      console.log(`${name}: valid`);
    } catch (error) {
      failures++;
      console.log(`${name}: ${error.message}`);
    }
  }
}
process.exit(failures ? 1 : 0);

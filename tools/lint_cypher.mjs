// Checks .cypher files against Neo4j 5's grammar and semantic rules with
// @neo4j-cypher/language-support, offline (no database). Usage:
//   node tools/lint_cypher.mjs [FILE.cypher ...]   (default: every .cypher file of the project)
// Prints one line per problem and exits 1 when any error was found.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { lintCypherQuery, isNotParamError } from "@neo4j-cypher/language-support";

const ROOTS = ["graph", "queries"];

function cypherFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return cypherFiles(path);
    return name.endsWith(".cypher") ? [path] : [];
  });
}

const files = process.argv.length > 2 ? process.argv.slice(2) : ROOTS.flatMap(cypherFiles);
let errors = 0;
for (const file of files) {
  const query = readFileSync(file, "utf8");
  const result = lintCypherQuery(query, {});
  // Parameters are supplied at run time; without a database they are "not defined".
  const diagnostics = (result.diagnostics ?? []).filter(isNotParamError);
  for (const d of diagnostics) {
    // severity 1 = error, 2 = warning (unknown labels without a schema are warnings)
    const line = (d.range?.start?.line ?? 0) + 1;
    const kind = d.severity === 1 ? "error" : "warning";
    if (d.severity === 1) errors += 1;
    if (d.severity === 1 || process.env.CYPHER_LINT_WARNINGS) {
      console.log(`${relative(process.cwd(), file)}:${line}: ${kind}: ${d.message}`);
    }
  }
}
console.log(`${files.length} Cypher file(s) checked, ${errors} error(s)`);
process.exit(errors ? 1 : 0);

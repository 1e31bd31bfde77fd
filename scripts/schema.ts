/**
 * `npm run schema`: regenerate `rules/settings.schema.json`, the JSON Schema
 * of `.retextrc`, from the rules' metadata and presets.
 * `test/schema.test.ts` fails when it is stale.
 */
import fs from 'node:fs'
import path from 'node:path'
import {registry} from '../rules/index.js'
import {configSchema} from '../src/core/schema.js'
import {root} from '../src/node/resources.js'

export const schemaPath = path.join(root, 'rules', 'settings.schema.json')

export function schemaText(): string {
  return JSON.stringify(configSchema(registry), null, 2) + '\n'
}

if (process.argv[1] && path.resolve(process.argv[1]).endsWith(path.join('scripts', 'schema.js'))) {
  fs.writeFileSync(schemaPath, schemaText())
}

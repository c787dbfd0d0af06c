// Regenerates src/api/schema.d.ts from the project's own OpenAPI schema (no server needed):
// `manage.py spectacular` writes the schema, openapi-typescript turns it into types.
//   node scripts/api-types.mjs          write the file
//   node scripts/api-types.mjs --check  fail when the checked-in file differs from a fresh one
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve, dirname } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'

const here = dirname(fileURLToPath(import.meta.url))
const repo = resolve(here, '..', '..')
const target = resolve(here, '..', 'src', 'api', 'schema.d.ts')
const python = process.env.PYTHON ?? join(repo, '.venv', 'bin', 'python')
const check = process.argv.includes('--check')

const dir = mkdtempSync(join(tmpdir(), 'coincraft-schema-'))
const schemaFile = join(dir, 'openapi.yaml')
try {
  execFileSync(python, ['manage.py', 'spectacular', '--file', schemaFile], {
    cwd: repo,
    stdio: ['ignore', 'inherit', 'inherit'],
    // The schema of a production configuration; the key only lets settings load.
    env: { ...process.env, DJANGO_DEBUG: '0', SECRET_KEY: process.env.SECRET_KEY ?? 'schema-generation-only-never-signs-anything-0123456789' },
  })
  const ast = await openapiTS(pathToFileURL(schemaFile))
  const fresh =
    '// Generated from the server\'s OpenAPI schema by `npm run api:types`; do not edit by hand.\n' +
    astToString(ast)
  if (check) {
    const current = existsSync(target) ? readFileSync(target, 'utf8') : ''
    if (current !== fresh) {
      console.error('src/api/schema.d.ts is out of date with the API: run `npm run api:types` and commit it.')
      process.exit(1)
    }
    console.log('src/api/schema.d.ts matches the API schema.')
  } else {
    writeFileSync(target, fresh)
    console.log(`wrote ${target}`)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

// Prints the weight of the child home's first load: the JS and CSS the browser fetches for `/home`
// (index.html's entry, its static imports, and the home screen's chunk with its own imports),
// gzipped. Reads the build (frontend/dist, `npm run build`) and Vite's manifest; the bar is 200 KB.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const BAR_KB = 200
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist')
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'))

/** The files a chunk needs before it runs: itself, its CSS, and its static imports, recursively. */
function closure(key, files = new Set()) {
  const chunk = manifest[key]
  if (!chunk || files.has(chunk.file)) return files
  files.add(chunk.file)
  for (const css of chunk.css ?? []) files.add(css)
  for (const imported of chunk.imports ?? []) closure(imported, files)
  return files
}

const entry = Object.keys(manifest).find((k) => manifest[k].isEntry)
const home = Object.keys(manifest).find((k) => k.endsWith('screens/child/HomeScreen.vue'))
if (!entry || !home) throw new Error('the build has no entry or no home screen: run `npm run build` first')
const files = closure(home, closure(entry))

let raw = 0
let gzipped = 0
const rows = [...files].sort().map((file) => {
  const bytes = readFileSync(join(dist, file))
  const size = gzipSync(bytes, { level: 9 }).length
  raw += bytes.length
  gzipped += size
  return `  ${file.padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB ${(size / 1024).toFixed(1).padStart(7)} KB gz`
})
console.log('Child home, first load (JS + CSS):')
console.log(rows.join('\n'))
console.log(`  ${'total'.padEnd(48)} ${(raw / 1024).toFixed(1).padStart(7)} KB ${(gzipped / 1024).toFixed(1).padStart(7)} KB gz  (bar: ${BAR_KB} KB gz)`)
if (gzipped / 1024 > BAR_KB) {
  console.error(`Over the bar: ${(gzipped / 1024).toFixed(1)} KB > ${BAR_KB} KB`)
  process.exit(1)
}

/**
 * The GitHub Action (action.yml) and the pre-commit hook: the action's check
 * step is `scripts/action-run.sh`, run here as the runner runs it (bash,
 * the built binary, GitHub's output and summary files) on real drafts, and
 * held to shellcheck when it is installed (always under CI).
 */
import {spawnSync} from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {parse as parseYaml} from 'yaml'
import {repositoryRoot} from './run-cli.js'
import {tempFolder} from './temp-folder.js'

const folder = tempFolder('action')
const script = path.join(repositoryRoot, 'scripts/action-run.sh')
const shellcheck = spawnSync('shellcheck', ['--version']).status === 0
const marker = () => path.join(folder.path, 'MARKER-script')

interface ActionRun {
  readonly status: number | null
  readonly stdout: string
  readonly stderr: string
  readonly output: string
  readonly summary: string
}

let runs = 0

/** Run the check step with these inputs (the action's defaults otherwise). */
function action(inputs: Record<string, string>): ActionRun {
  const id = ++runs
  const output = path.join(folder.path, `output-${id}`)
  const summary = path.join(folder.path, `summary-${id}.md`)
  fs.writeFileSync(output, '')
  fs.writeFileSync(summary, '')
  const result = spawnSync('bash', [script], {
    cwd: folder.path,
    encoding: 'utf8',
    env: {
      ...process.env,
      NO_COLOR: '1',
      GITHUB_ACTION_PATH: repositoryRoot,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      RUNNER_TEMP: folder.path,
      COPYDESK_PATHS: 'drafts/',
      COPYDESK_ANNOTATIONS: 'true',
      COPYDESK_SUMMARY: 'true',
      COPYDESK_SARIF: 'false',
      COPYDESK_SARIF_FILE: 'copydesk.sarif',
      COPYDESK_FAIL_ON: 'error',
      COPYDESK_ONLY_CHANGED: 'false',
      COPYDESK_TRUST_CONFIG: 'false',
      COPYDESK_CACHE_DIR: path.join(folder.path, `cache-${id}`),
      COPYDESK_BEFORE: '',
      ...inputs
    }
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr, output: fs.readFileSync(output, 'utf8'), summary: fs.readFileSync(summary, 'utf8')}
}

beforeAll(() => {
  folder.write('drafts/typo.txt', 'The goverment said so on Monday.\n')
  folder.write('drafts/clean.txt', 'The minister spoke to reporters on Monday.\n')
  folder.write('many/slips.txt', Array.from({length: 12}, (_, index) => `The goverment met on day ${index + 1}.`).join('\n\n') + '\n')
  // A script config that leaves a marker file when its code runs.
  folder.write('script/.retextrc.mjs', `import fs from 'node:fs'\nfs.writeFileSync(${JSON.stringify(marker())}, 'imported\\n')\nexport default {plugins: []}\n`)
  folder.write('script/draft.txt', 'The minister spoke to reporters on Monday.\n')
})

// Each run starts copydesk three or four times: generous on a loaded machine.
describe('the GitHub Action', {timeout: 120_000}, () => {
  it.skipIf(!shellcheck && !process.env['CI'])('passes shellcheck (needs shellcheck; .ci/run installs it)', () => {
    const result = spawnSync('shellcheck', [script], {encoding: 'utf8'})
    expect(result.status, result.stdout + result.stderr).toBe(0)
  })

  it('annotates each finding, writes the job summary, and passes on warnings by default (fail-on: error)', () => {
    const run = action({})
    expect(run.status).toBe(0)
    expect(run.output).toBe('exit-code=0\n')
    expect(run.stdout).toMatch(/^::warning file=drafts\/typo\.txt,line=1,col=5,endLine=1,endColumn=14,title=copydesk\(spelling\)::Unexpected unknown word `goverment`/m)
    expect(run.summary).toMatch(/^## copydesk\n\n1 finding in 1 draft of 2: 1 warning\.\n/)
    expect(run.summary).toContain('| drafts/typo.txt:1:5 | warning |')
    expect(fs.existsSync(path.join(folder.path, 'copydesk.sarif'))).toBe(false)
  })

  it('fails on warnings with fail-on: warning, and writes SARIF only when asked', () => {
    const run = action({COPYDESK_FAIL_ON: 'warning', COPYDESK_SARIF: 'true', COPYDESK_ANNOTATIONS: 'false', COPYDESK_SUMMARY: 'false'})
    expect(run.output).toBe('exit-code=1\nsarif=copydesk.sarif\n')
    expect(run.stdout).not.toMatch(/^::warning/m)
    expect(run.summary).toBe('')
    const sarif = JSON.parse(fs.readFileSync(path.join(folder.path, 'copydesk.sarif'), 'utf8')) as {runs: Array<{results: unknown[]}>}
    expect(sarif.runs[0]!.results).toHaveLength(1)
  })

  it('says when GitHub will not show every annotation, and the summary still lists them all', () => {
    const run = action({COPYDESK_PATHS: 'many/'})
    expect(run.stdout.split('\n').filter((line) => line.startsWith('::warning'))).toHaveLength(12)
    expect(run.stdout).toMatch(/^::notice title=copydesk::12 findings; GitHub shows at most 10 annotations of each level per step: the job summary lists them all$/m)
    expect(run.summary.split('\n').filter((line) => line.startsWith('| many/slips.txt:'))).toHaveLength(12)
  })

  it('runs no config code by default, and passes --trust-config when trust-config is true', () => {
    const refused = action({COPYDESK_PATHS: 'script/draft.txt'})
    expect(refused.output).toBe('exit-code=2\n')
    expect(refused.stderr).toMatch(/Unexpected JavaScript config in an untrusted run/)
    expect(refused.summary).toBe('')
    expect(fs.existsSync(marker())).toBe(false)
    expect(action({COPYDESK_PATHS: 'script/draft.txt', COPYDESK_TRUST_CONFIG: ''}).output).toBe('exit-code=2\n')
    expect(fs.existsSync(marker())).toBe(false)
    expect(action({COPYDESK_PATHS: 'script/draft.txt', COPYDESK_TRUST_CONFIG: 'true'}).output).toBe('exit-code=0\n')
    expect(fs.readFileSync(marker(), 'utf8')).toBe('imported\n')
    fs.rmSync(marker())
  })

  it('stops at once, exit 2, on an input it cannot use', () => {
    const trust = action({COPYDESK_TRUST_CONFIG: 'yes'})
    expect(trust.status).toBe(2)
    expect(trust.stdout).toMatch(/^::error::Unexpected trust-config `yes`, expected `true` or `false`/)
    const failOn = action({COPYDESK_FAIL_ON: 'sometimes'})
    expect([failOn.status, failOn.output]).toEqual([2, 'exit-code=2\n'])
    expect(failOn.stdout).toMatch(/^::error::Unexpected fail-on `sometimes`, expected `error`, `warning` or `never`/)
  })

  it('declares annotations and the summary on, SARIF off, fail-on error, Node 22 and current action majors', () => {
    const manifest = parseYaml(fs.readFileSync(path.join(repositoryRoot, 'action.yml'), 'utf8')) as {
      inputs: Record<string, {default: string}>
      runs: {steps: Array<{uses?: string; run?: string; with?: Record<string, unknown>}>}
    }
    expect(Object.fromEntries(Object.entries(manifest.inputs).map(([name, input]) => [name, input.default]))).toMatchObject({
      annotations: 'true',
      summary: 'true',
      sarif: 'false',
      'fail-on': 'error',
      cache: 'true',
      'trust-config': 'false'
    })
    const uses = manifest.runs.steps.map((step) => step.uses).filter(Boolean)
    expect(uses).toEqual(['actions/setup-node@v6', 'actions/cache@v5', 'github/codeql-action/upload-sarif@v4'])
    expect(manifest.runs.steps[0]!.with).toEqual({'node-version': 22})
    expect(manifest.runs.steps.some((step) => step.run === 'bash "$GITHUB_ACTION_PATH/scripts/action-run.sh"')).toBe(true)
  })
})

describe('the pre-commit hook', () => {
  it('shows its findings even when the commit goes ahead, and fails on errors (copydesk exits 1)', () => {
    const [hook] = parseYaml(fs.readFileSync(path.join(repositoryRoot, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
    expect(hook).toMatchObject({id: 'copydesk', entry: 'copydesk', language: 'node', verbose: true})
    const files = new RegExp(hook!['files'] as string)
    for (const name of ['a.txt', 'a.md', 'a.markdown', 'a.mdx', 'a.html', 'a.htm', 'a.docx']) expect(files.test(name), name).toBe(true)
  })
})

/** Extensions of the drafts a folder is searched for. */
export const extensions = ['txt', 'md', 'markdown', 'mdx', 'html', 'htm', 'docx']

/** The `--help` text. */
export function helpText(extensions: ReadonlyArray<string>): string {
  return `Usage: copydesk [options] [draft|folder|glob ...]
       copydesk names [-o names.txt] <folder of published stories>
       copydesk merge-reports [-f format] <report.json ...>

Proofread English news drafts: spelling and names, and more.
Formats: plain text, Markdown, MDX, HTML (text only) and Word .docx
(findings at paragraph:column). Folders are searched for drafts by extension:
${extensions.map((e) => '.' + e).join(', ')}.
With no paths, a draft is read from stdin.
Silence findings in a draft with a comment:
<!-- copydesk disable|enable|ignore [rule-id ...] -->.

Options:
  -f, --format <name>      report format: stylish (default), json, sarif,
                           github (annotations), markdown (a summary)
  -o, --output <file>      write the report to a file instead of the terminal
  -q, --quiet              show only files with findings
      --verbose            add each finding's why, suggestions and page
      --no-color           plain output (also when NO_COLOR is set)
      --frail              exit 1 on any warning, not only on errors
      --max-warnings <n>   exit 1 when there are more than n warnings
      --rule <id>          run only this rule (repeatable)
      --disable <id>       switch a rule off (repeatable)
      --fix                apply safe fixes (missing space, repeated word) to
                           the drafts; from stdin, print the fixed draft; not
                           to Word drafts
      --fix-dry-run        print the safe fixes as a unified diff; change
                           nothing
  -c, --config <file>      use this config file instead of looking for one
      --no-config          ignore config files (.retextrc, package.json
                           "copydesk")
      --trust-config       let config run code: .retextrc.js/.cjs/.mjs files
                           and plugins other than copydesk (by package name,
                           from the project's node_modules); off by default,
                           so untrusted folders are safe
      --stdin-filename <p> name for the draft read from stdin (sets its type
                           and config)
      --ignore-path <file> use this ignore file instead of .retextignore
      --no-ignore          do not read ignore files
  -j, --jobs <n|auto>      threads for a folder: this one reads and reports,
                           the others check (default and auto: one per
                           core, or 1 on two cores or fewer; 1 keeps the run
                           in one thread)
      --max-file-size <s>  do not read drafts larger than this: 20MB
                           (default), 500KB, 0 for no limit; a larger draft
                           gets one finding, the others are checked
      --shard <i/n>        check share i of n of the drafts (the same split
                           on every machine); merge the JSON reports with
                           \`copydesk merge-reports\`
      --diff[=<rev>]       report only findings on lines changed since rev
                           (default: the merge base with the default branch);
                           --diff rev works when no file is called rev
      --cache              reuse findings for drafts unchanged since the last
                           run
      --cache-location <p> cache folder (default: .copydesk-cache)
      --explain <rule-id>  print a rule's page (why, options, examples), exit
      --list-rules         print every rule and its level in each preset, exit
      --init[=json]        write a starter config here: .retextrc.yml with a
                           comment on every setting, or .retextrc.json with
                           the JSON Schema for editors; never overwrites
      --print-config <d>   print the settings draft d gets (config file,
                           dialect, preset, words, rule levels) as JSON, exit
  -h, --help               show this help
  -v, --version            show the version

copydesk_d takes the same arguments and gives the same output and exit code
through a warm server it starts on first use (no start-up wait after that):
copydesk_d story.txt; copydesk_d stop|status|restart manages the server,
which stops after 15 minutes without a run (COPYDESK_D_IDLE, in minutes).

Exit codes: 0 no error-level finding, 1 error-level findings (or any warning
with --frail, or too many warnings), 2 a usage, config or input problem.

Examples:
  copydesk story.txt
  copydesk story.docx page.html
  copydesk drafts/ --format sarif --output copydesk.sarif
  pbpaste | copydesk --stdin-filename story.md
  copydesk --fix-dry-run drafts/
  copydesk --diff=origin/main --cache drafts/
  copydesk --explain quote-balance
  copydesk --init && copydesk --print-config drafts/story.md
`
}

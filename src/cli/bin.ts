#!/usr/bin/env node
// `copydesk`: one run in this process (start.ts). `copydesk_d` (daemon.ts)
// hands the same run to a warm server instead.
import {start} from './start.js'

await start(process.argv.slice(2), process.stdin)

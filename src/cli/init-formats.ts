/** The formats `--init` writes, apart from `init.ts` so parsing arguments loads no rule. */
export type InitFormat = 'yaml' | 'json'

export const initFormats: ReadonlyArray<InitFormat> = ['yaml', 'json']

/**
 * The nearest answer from a folder up to the root of the file system, the
 * way unified-engine finds a draft's config and ignore file: ask the folder,
 * then its parent, and so on, until one answers.
 */
import path from 'node:path'

/**
 * `here(folder)` for `folder` and then each folder above it, until one
 * gives something other than undefined (undefined when none does). With
 * `cache`, each folder's answer (found in it or above it) is kept, so the
 * drafts of one tree look at each folder once.
 */
export function findUp<T>(folder: string, here: (folder: string) => T | undefined, cache?: Map<string, T | undefined>): T | undefined {
  if (cache?.has(folder)) return cache.get(folder)
  let found = here(folder)
  if (found === undefined) {
    const parent = path.dirname(folder)
    if (parent !== folder) found = findUp(parent, here, cache)
  }
  cache?.set(folder, found)
  return found
}

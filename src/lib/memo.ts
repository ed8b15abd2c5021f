/**
 * Work done once per build. loadAtlas() and loadEntries() give one object each per build, and
 * thousands of pages ask the same questions of them (chart list, entry routes, filter links,
 * datasets): the answer is kept per object and question, and dropped with the object. Callers must
 * not change what they get back.
 */
const answers = new WeakMap<object, Map<string, unknown>>();

/** `make()` the first time `owner` is asked `question`, the same answer after that. */
export function memo<T>(owner: object, question: string, make: () => T): T {
  let known = answers.get(owner);
  if (!known) answers.set(owner, (known = new Map()));
  if (!known.has(question)) known.set(question, make());
  return known.get(question) as T;
}

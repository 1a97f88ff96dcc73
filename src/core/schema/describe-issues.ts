// A readable reason from a valibot failure, for a person: "digest.facts.people[3].name: text ...".
import type * as v from 'valibot';

export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const first = issues[0];
  if (!first) return 'invalid';
  const where = (first.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  return where ? `${where}: ${first.message}` : first.message;
}

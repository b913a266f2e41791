import type { Workspace } from './workspace-schema';

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What a workspace holds, in one sentence, for the notice after a recovery: "It holds 12
 * values in 2 scenarios, 3 notes and 1 row of your own; the last change on record was made
 * at 2026-11-21T10:04:05Z."
 */
export function describeWorkspaceContents(workspace: Workspace): string {
  const values = workspace.scenarios.reduce((sum, scenario) => sum + Object.values(scenario.assumptions).reduce((n, row) => n + Object.keys(row).length, 0), 0);
  const rates = workspace.scenarios.reduce((sum, scenario) => sum + Object.keys(scenario.fxRates).length, 0);
  const parts = [
    `${plural(values, 'value')} in ${plural(workspace.scenarios.length, 'scenario')}`,
    ...(rates > 0 ? [plural(rates, 'FX rate')] : []),
    plural(Object.keys(workspace.notes).length, 'note'),
    `${plural(workspace.customRows.length, 'row')} of your own`,
  ];
  const last = Object.values(workspace.history)
    .flatMap((cells) => Object.values(cells).map((entries) => entries.at(-1)?.at ?? ''))
    .reduce((latest, at) => (at > latest ? at : latest), '');
  const list = `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
  return `It holds ${list}${last ? `; the last value change on record was made at ${last}` : ''}.`;
}

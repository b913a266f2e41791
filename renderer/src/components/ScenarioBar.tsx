import { useCrosscheckStore } from '../store/store';

/** The active scenario, what can be done with it, and which other one to show beside it. */
export function ScenarioBar() {
  // The scenarios array itself: it keeps its identity until a scenario changes.
  const scenarios = useCrosscheckStore((state) => state.workspace.scenarios);
  const activeId = useCrosscheckStore((state) => state.workspace.activeScenarioId);
  const compareId = useCrosscheckStore((state) => state.compareScenarioId);
  const switchScenario = useCrosscheckStore((state) => state.switchScenario);
  const deleteScenario = useCrosscheckStore((state) => state.deleteScenario);
  const setCompareScenario = useCrosscheckStore((state) => state.setCompareScenario);
  const openDialog = useCrosscheckStore((state) => state.openDialog);
  return (
    <span className="scenario-bar">
      <label>
        Scenario{' '}
        <select aria-label="Scenario" value={activeId} onChange={(event) => switchScenario(event.target.value)}>
          {scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => openDialog('new-scenario')} title="A copy of this scenario under a new name">
        Duplicate…
      </button>
      <button type="button" onClick={() => openDialog('rename-scenario')}>
        Rename…
      </button>
      <button type="button" onClick={() => deleteScenario(activeId)} disabled={scenarios.length <= 1} title="Delete this scenario (Undo brings it back)">
        Delete
      </button>
      <label>
        Compare with{' '}
        <select aria-label="Compare with scenario" value={compareId ?? ''} onChange={(event) => setCompareScenario(event.target.value || null)}>
          <option value="">—</option>
          {scenarios
            .filter((scenario) => scenario.id !== activeId)
            .map((scenario) => (
              <option key={scenario.id} value={scenario.id}>
                {scenario.name}
              </option>
            ))}
        </select>
      </label>
    </span>
  );
}

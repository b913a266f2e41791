import { useCrosscheckStore } from '../store/store';
import { MenuButton } from './MenuButton';

/** The active scenario, what can be done with it (in a small menu), and which other one to show beside it. */
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
      <MenuButton
        label="Scenario actions"
        summary="⋯"
        title="Duplicate, rename or delete this scenario"
        entries={[
          { label: 'Duplicate…', title: 'A copy of this scenario under a new name', run: () => openDialog('new-scenario') },
          { label: 'Rename…', run: () => openDialog('rename-scenario') },
          { label: 'Delete', isDisabled: scenarios.length <= 1, title: 'Delete this scenario (Undo brings it back)', run: () => deleteScenario(activeId) },
        ]}
      />
      <label title="Show another scenario’s estimates beside this one’s, with the difference">
        vs{' '}
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

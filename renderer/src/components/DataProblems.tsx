import { useCrosscheckStore } from '../store/store';

/** Files of the data folder that failed to load (errors) or loaded with a doubt (warnings). */
export function DataProblems() {
  const problems = useCrosscheckStore((state) => state.problems);
  const dataDir = useCrosscheckStore((state) => state.dataDir);
  if (problems.length === 0) return null;
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  return (
    <section className={`banner ${errors > 0 ? 'banner-error' : 'banner-warning'}`} role="alert" data-testid="data-problems">
      <strong>
        {errors > 0 ? `Some data could not be loaded` : 'Some data needs checking'} ({problems.length} problem
        {problems.length === 1 ? '' : 's'} in {dataDir ?? 'the data folder'}). The rest of the data is shown.
      </strong>
      <ul>
        {problems.map((problem, index) => (
          <li key={index} data-testid="data-problem">
            <code>{problem.file}</code>
            {problem.location && <> at <code>{problem.location}</code></>}: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  );
}

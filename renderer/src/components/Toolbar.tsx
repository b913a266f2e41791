import { useCrosscheckStore } from '../store/store';

export function Toolbar() {
  const quickFilter = useCrosscheckStore((state) => state.quickFilter);
  const setQuickFilter = useCrosscheckStore((state) => state.setQuickFilter);
  const loadDataset = useCrosscheckStore((state) => state.loadDataset);
  const articleCount = useCrosscheckStore((state) => state.articles.length);
  const dataDir = useCrosscheckStore((state) => state.dataDir);

  return (
    <header className="toolbar">
      <h1>Crosscheck</h1>
      <span className="toolbar-meta" title={dataDir ?? undefined}>
        {articleCount} article{articleCount === 1 ? '' : 's'}
      </span>
      <input
        type="search"
        className="quick-filter"
        placeholder="Filter rows (company, metric, status…)"
        aria-label="Filter rows"
        value={quickFilter}
        onChange={(event) => setQuickFilter(event.target.value)}
      />
      <button type="button" onClick={() => void loadDataset()} title="Read the data folder again">
        Reload data
      </button>
    </header>
  );
}

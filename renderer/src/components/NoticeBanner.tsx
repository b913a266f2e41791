import { useCrosscheckStore } from '../store/store';

/** What the app recovered or converted on open, and why the last save failed. */
export function NoticeBanner() {
  const notice = useCrosscheckStore((state) => state.notice);
  const saveError = useCrosscheckStore((state) => (state.saveState === 'failed' ? state.saveError : null));
  const dismiss = useCrosscheckStore((state) => state.dismissNotice);
  const saveNow = useCrosscheckStore((state) => state.saveNow);
  return (
    <>
      {saveError && (
        <div className="banner banner-error" role="alert" data-testid="save-error">
          {saveError}{' '}
          <button type="button" onClick={() => void saveNow()}>Try again now</button>
        </div>
      )}
      {notice && (
        <div className={`banner banner-${notice.tone === 'warning' ? 'warning' : 'info'}`} role="status" data-testid="notice">
          {notice.text}{' '}
          <button type="button" onClick={dismiss}>OK</button>
        </div>
      )}
    </>
  );
}

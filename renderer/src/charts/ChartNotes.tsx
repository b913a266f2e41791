/** Under a chart: the rates used to convert, and what was left off the axis and why. */
export function ChartNotes({ conversions, leftOut }: { readonly conversions: readonly string[]; readonly leftOut: readonly { readonly label: string; readonly reason: string }[] }) {
  if (conversions.length === 0 && leftOut.length === 0) return null;
  return (
    <div className="chart-notes">
      {conversions.map((text) => (
        <p key={text} className="conversion-note" data-testid="chart-conversion">
          Converted: {text}.
        </p>
      ))}
      {leftOut.length > 0 && (
        <>
          <p className="muted">Not drawn, because they do not share the axis:</p>
          <ul className="chart-left-out" data-testid="chart-left-out">
            {leftOut.map((entry) => (
              <li key={`${entry.label}\u0000${entry.reason}`}>
                <strong>{entry.label}</strong>: {entry.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

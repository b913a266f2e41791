import type { FillSource } from '../editing/write-plan';

/**
 * What the last copy from this grid held, cell by cell: the values in base units with their
 * units, beside the text that went to the clipboard. A paste of that same text reads these
 * instead of the text, so a number copied from a row in millions, in CNY or in percent is
 * never read in another row's scale, currency or unit: it is written where the units agree,
 * and refused with the reason where they do not, as a fill is.
 */
let lastCopy: { readonly text: string; readonly cells: readonly (readonly (FillSource | null)[])[] } | null = null;

/** Line ends as a clipboard may hand them back (Windows turns \n into \r\n), and Excel's trailing one. */
function normalized(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\n$/, '');
}

export function rememberCopy(text: string, cells: readonly (readonly (FillSource | null)[])[]): void {
  lastCopy = { text: normalized(text), cells };
}

/** The copied cells behind a pasted text, when it is exactly what this grid copied last. */
export function copiedCells(pastedText: string | null | undefined): readonly (readonly (FillSource | null)[])[] | null {
  return lastCopy && pastedText && normalized(pastedText) === lastCopy.text ? lastCopy.cells : null;
}

import type { CustomInnerHeaderProps } from 'ag-grid-react';

export interface ArticleHeaderParts {
  /** "Article 1" */
  readonly title: string;
  /** "Nov 2024, inferred" */
  readonly detail: string;
  readonly isBaseline: boolean;
}

/** "article 1 (Nov 2024, inferred)" -> "Article 1" and "Nov 2024, inferred". */
export function articleHeaderParts(refName: string, isBaseline: boolean): ArticleHeaderParts {
  const match = /^(.*?) \((.*)\)$/.exec(refName);
  const title = (match?.[1] ?? refName).replace(/^article/, 'Article');
  return { title, detail: match?.[2] ?? '', isBaseline };
}

/**
 * An article column's header in two short lines (its number, then its date) inside AG Grid's
 * own header, which keeps sorting and resizing: the full name in one line needed four lines
 * at the width a laptop screen leaves a value column. The column's name stays whole for
 * copies and exports.
 */
export function ArticleHeaderLabel(props: CustomInnerHeaderProps & ArticleHeaderParts) {
  return (
    <span className="article-header">
      <span className="article-header-title">{props.title}</span>
      <span className="article-header-detail">
        {props.isBaseline && <span className="baseline-badge">baseline</span>} {props.detail}
      </span>
    </span>
  );
}

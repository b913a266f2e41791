import type { UnitKind } from './units';

/**
 * The metric catalog. A metric key names what a figure measures; rows of the comparison
 * are one entity (and segment) and one metric. Metrics in the same `group` are related
 * (a forward P/E and a forward EV/Sales are both valuation multiples) but are never
 * subtracted from each other.
 */
export interface MetricInfo {
  readonly label: string;
  readonly unitKind: UnitKind;
  readonly group?: MetricGroup;
}

export const METRIC_GROUPS = {
  'valuation-multiple': 'valuation multiples',
  'buy-range': 'buy price range',
} as const;
export type MetricGroup = keyof typeof METRIC_GROUPS;

export const METRICS = {
  revenue: { label: 'Revenue', unitKind: 'currency' },
  'revenue-growth': { label: 'Revenue growth', unitKind: 'percent' },
  'net-loss': { label: 'Net loss', unitKind: 'currency' },
  'net-income-growth': { label: 'Net income growth', unitKind: 'percent' },
  'adjusted-ebita-growth': { label: 'Adjusted EBITA growth', unitKind: 'percent' },
  'free-cash-flow': { label: 'Free cash flow', unitKind: 'currency' },
  cash: { label: 'Cash reserves', unitKind: 'currency' },
  'rd-spending': { label: 'R&D spending', unitKind: 'currency' },
  'share-repurchases': { label: 'Share repurchases', unitKind: 'currency' },
  dividends: { label: 'Dividends', unitKind: 'currency' },
  'stake-shares-purchased': { label: 'Shares purchased in stake', unitKind: 'shares' },
  'stake-holding-increase': { label: 'Increase in holding', unitKind: 'percent' },
  'stake-value': { label: 'Stake value', unitKind: 'currency' },
  'ai-investment-plan': { label: 'AI investment plan', unitKind: 'currency' },
  'cloud-services-revenue-opportunity': {
    label: 'Cloud services revenue opportunity',
    unitKind: 'currency',
  },
  'ai-services-opportunity': { label: 'AI-enabled services opportunity', unitKind: 'currency' },
  'pc-market-share': { label: 'Global PC market share', unitKind: 'percent' },
  'liquid-cooled-server-growth': { label: 'Liquid-cooled server growth', unitKind: 'percent' },
  'developer-productivity-gain': { label: 'Developer productivity gain', unitKind: 'percent' },
  'global-tech-partners': { label: 'Global tech partners', unitKind: 'count' },
  'european-ecommerce-growth-share': {
    label: 'Share of European e-commerce growth',
    unitKind: 'percent',
  },
  'industrial-ai-deployment-share': {
    label: "Share of China's industrial AI deployments",
    unitKind: 'percent',
  },
  'asia-ai-market-share-target': { label: "Target share of Asia's AI market", unitKind: 'percent' },
  'cloud-investment-push': { label: 'Cloud investment push', unitKind: 'currency' },
  'market-size': { label: 'Market size', unitKind: 'currency' },
  'forward-pe': { label: 'Forward P/E', unitKind: 'multiple', group: 'valuation-multiple' },
  'forward-ev-sales': {
    label: 'Forward EV/Sales',
    unitKind: 'multiple',
    group: 'valuation-multiple',
  },
  'valuation-discount-to-peers': { label: 'Valuation discount to peers', unitKind: 'percent' },
  'buy-range-low': { label: 'Buy range (low)', unitKind: 'currency', group: 'buy-range' },
  'buy-range-high': { label: 'Buy range (high)', unitKind: 'currency', group: 'buy-range' },
  'price-target': { label: 'Price target', unitKind: 'currency' },
} as const satisfies Record<string, MetricInfo>;

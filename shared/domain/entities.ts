/**
 * Companies and other subjects that figures are about. The fiscal year end matters for
 * reading periods: Alibaba's and Lenovo's fiscal years end on 31 March, so their
 * "Q4 2025" is not calendar Q4 2025.
 */
export interface EntityInfo {
  readonly name: string;
  /** Month (1-12) in which the fiscal year ends; 12 for calendar-year reporters. */
  readonly fiscalYearEndMonth: number;
}

export const ENTITIES = {
  alibaba: { name: 'Alibaba', fiscalYearEndMonth: 3 },
  xpeng: { name: 'Xiaopeng (XPeng)', fiscalYearEndMonth: 12 },
  lenovo: { name: 'Lenovo', fiscalYearEndMonth: 3 },
  china: { name: 'China (policy)', fiscalYearEndMonth: 12 },
  'asia-tech': { name: 'Asian tech ecosystem', fiscalYearEndMonth: 12 },
} as const satisfies Record<string, EntityInfo>;

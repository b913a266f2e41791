/**
 * The words that name what a financial figure measures. Entries are stems (see words.ts `stem`):
 * "sales" is looked up as "sale". Synonyms map a word as written to the words the metric catalog
 * uses, so "FCF" meets `free-cash-flow` and "buybacks" meets `share-repurchases`.
 */

/** Nouns that head a metric phrase: "revenue", "market share", "free cash flow", "partners". */
export const METRIC_HEADS: ReadonlySet<string> = new Set(
  (
    'revenue sale turnover income profit earning loss losse ebita ebitda ebit ep eps margin cash flow fcf rd spending capex ' +
    'expenditure investment repurchase buyback dividend share pe evsale evebitda valuation discount premium target price ' +
    'stake holding growth gmv volume opportunity market cap capitalization debt asset equity partner customer user employee ' +
    'store vehicle deliverie delivery subscriber order shipment productivity deployment plan push fund budget fee cost ' +
    'expense payout return yield ratio backlog booking reserve proceed valuation worth size deal acquisition funding ' +
    'program programme project charge impairment writedown write-down provision'
  ).split(' '),
);

/** Words as written -> the catalog's words. Keys are plain lower case (see words.ts `plainWord`). */
export const SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  fcf: ['free', 'cash', 'flow'],
  sales: ['revenue'],
  turnover: ['revenue'],
  revenues: ['revenue'],
  'top-line': ['revenue'],
  buyback: ['share', 'repurchases'],
  buybacks: ['share', 'repurchases'],
  'buy-backs': ['share', 'repurchases'],
  repurchases: ['share', 'repurchases'],
  'r&d': ['rd', 'spending'],
  'p/e': ['pe'],
  'price-to-earnings': ['pe'],
  'price/earnings': ['pe'],
  'ev/sales': ['ev', 'sales'],
  'ev/ebitda': ['ev', 'ebitda'],
  loss: ['net', 'loss'],
  losses: ['net', 'loss'],
  'net-loss': ['net', 'loss'],
};

/** Words for a change: they make a percentage a growth rate, and are not part of a metric's name. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(
  'growth increase rise gain jump surge boost climb decline drop decrease fall contraction slump reduction up down rose fell grew jumped surged dropped declined increased decreased boosted gained climbed soared shrank slide slid slides plunge plunged tumble tumbled sink sank soar rally rallied'.split(
    ' ',
  ),
);

/** Heads whose percentage change is a growth rate ("revenue jumped 65%" is revenue growth). */
export const FLOW_HEADS: ReadonlySet<string> = new Set(
  'revenue sale income profit earning ebita ebitda ebit eps gmv volume flow user customer deliverie delivery shipment order spending investment dividend productivity subscriber booking'.split(
    ' ',
  ),
);

/**
 * Words that may sit inside a metric phrase but say when or how sure, not what: "mid-term revenue",
 * "revenue forecast" (a forecast of revenue is revenue, with the qualifier 'estimate').
 */
export const PERIOD_WORDS: ReadonlySet<string> = new Set(
  'mid-term midterm interim quarterly annual annualized full-year half-year three-year two-year five-year one-year ten-year forward-looking year-on-year year-over-year yoy qoq forecast forecasts guidance outlook estimate estimates projection projections'.split(
    ' ',
  ),
);

/** Things companies count: a bare number before one of these is a count worth proposing ("5,000 employees"). */
export const COUNT_NOUNS: ReadonlySet<string> = new Set(
  (
    'employee worker staff people personnel store shop branch outlet factory plant facility city countrie country market ' +
    'vehicle car unit device phone smartphone server chip subscriber member merchant seller buyer developer partner client ' +
    'customer user account transaction order deliverie delivery shipment download install patent product brand supplier ' +
    'location site office restaurant hotel station warehouse acquisition deal investor shareholder job role position'
  ).split(' '),
);

// `sales-audit portfolio …`: the handlers, one module for program.ts to load lazily.
export { runPortfolioAdd } from './portfolio/add.js';
export { runPortfolioExport, runPortfolioImport, runPortfolioList, runPortfolioStats } from './portfolio/browse.js';

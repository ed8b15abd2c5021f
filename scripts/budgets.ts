/** Page-weight budgets over dist/ (filled in by the performance work). */
console.log('budgets: not yet defined');

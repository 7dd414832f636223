// tests/bench_rt.js - Recognizers-Text (npm @microsoft/recognizers-text-suite) on a text
// file, one line at a time, for make bench: numbers, percentages,
// currencies and dimensions, as extract finds them.
const R = require('@microsoft/recognizers-text-suite');
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const culture = process.argv[3] || R.Culture.Japanese;
let n = 0;
for (const line of text.split('\n')) {
  if (!line) continue;
  n += R.recognizeNumber(line, culture).length;
  n += R.recognizePercentage(line, culture).length;
  n += R.recognizeCurrency(line, culture).length;
  n += R.recognizeDimension(line, culture).length;
}
console.log(n);

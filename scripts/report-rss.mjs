// Preloaded by the benchmark (`node --import`): writes the process's peak resident set size in
// kilobytes and its CPU time (user + system, all threads) in microseconds to the file named by
// NEWSDIGEST_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.NEWSDIGEST_RSS_FILE) {
    const usage = process.resourceUsage();
    writeFileSync(process.env.NEWSDIGEST_RSS_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}`);
  }
});

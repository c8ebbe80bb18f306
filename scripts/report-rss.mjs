// Preloaded by the benchmark (`node --import`): writes the process's peak resident set size in
// kilobytes to the file named by NEWSDIGEST_RSS_FILE when the process exits.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.NEWSDIGEST_RSS_FILE) writeFileSync(process.env.NEWSDIGEST_RSS_FILE, String(process.resourceUsage().maxRSS));
});

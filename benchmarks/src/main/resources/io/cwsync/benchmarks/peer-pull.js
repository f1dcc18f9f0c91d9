// The npm peer's side of PeerComparisonBenchmark: connectwise-rest's documented `paginate` over companies and
// contacts against the simulator's HTTPS port (trusted through NODE_EXTRA_CA_CERTS), `passes` times in one process.
// Arguments: host:port, passes, mode (sequential: one stream after the other; parallel: both at once), page size.
// Reads a line from standard input before each pass. Prints one line per pass, `PASS <n> records=<r> wallMs=<ms> cpuMs=<cumulative process CPU>`, then `HWM kb=<VmHWM>`.
'use strict';
const fs = require('fs');
const { ManageAPI } = require('connectwise-rest');

const [companyUrl, passesArg, mode, pageSizeArg] = process.argv.slice(2);
const passes = Number(passesArg || 2);
const pageSize = Number(pageSizeArg || 1000);

const cwm = new ManageAPI({
  companyId: 'bench',
  companyUrl,
  publicKey: 'public',
  privateKey: 'private',
  clientId: 'peer-comparison',
  timeout: 120000,
});

function cpuMs() {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function hwmKb() {
  const m = /VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) : -1;
}

async function pull(method) {
  // paginate holds every record of the stream in one array until it resolves: that is the peer's design.
  const records = await cwm.paginate(method, { startPage: 1, pageSize }, {});
  return records.length;
}

// The benchmark counts the simulator's requests between passes, then writes a line: wait for it.
const lines = [];
const waiting = [];
require('readline').createInterface({ input: process.stdin }).on('line', (l) => {
  const w = waiting.shift();
  if (w) w(l); else lines.push(l);
});
function go() {
  return lines.length > 0 ? Promise.resolve(lines.shift()) : new Promise((resolve) => waiting.push(resolve));
}

async function main() {
  for (let pass = 1; pass <= passes; pass++) {
    await go();
    const start = process.hrtime.bigint();
    let counts;
    if (mode === 'parallel') {
      counts = await Promise.all([pull(cwm.CompanyAPI.getCompanyCompanies), pull(cwm.CompanyAPI.getCompanyContacts)]);
    } else {
      counts = [await pull(cwm.CompanyAPI.getCompanyCompanies), await pull(cwm.CompanyAPI.getCompanyContacts)];
    }
    const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
    console.log(`PASS ${pass} records=${counts[0] + counts[1]} wallMs=${wallMs.toFixed(1)} cpuMs=${cpuMs().toFixed(1)}`);
  }
  console.log(`HWM kb=${hwmKb()}`);
  process.exit(0);
}

main().catch((e) => {
  console.error('peer pull failed:', e && (e.message || e.status || e), e && e.data ? JSON.stringify(e.data) : '');
  process.exit(1);
});

#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How well a pack's red flags (docs/alerts.md) recognise emergencies: a measurement, not a test.

usage: scripts/eval-alerts.py PACK_TOOL PACK --emergency FILE --crisis FILE --everyday FILE [--show]

Each FILE has one query a line (an emergency file may be TSV: level<TAB>query<TAB>kind, or query<TAB>kind). Prints the
share of emergency queries that raise an emergency or crisis alert, of crisis queries that raise a
crisis alert, and the number of everyday queries that raise anything; --show lists the misses."""
import json, subprocess, sys, tempfile, os

def lines(path):
    out = []
    for line in open(path, encoding='utf-8'):
        line = line.rstrip('\n')
        if line.strip():
            fields = line.split('\t')
            # level<TAB>query<TAB>kind, query<TAB>kind, or a bare query
            out.append(fields[1] if len(fields) >= 3 else fields[0].strip())
    return out

def main():
    args = sys.argv[1:]
    show = '--show' in args
    args = [a for a in args if a != '--show']
    def option(name):
        i = args.index(name); value = args[i + 1]; del args[i:i + 2]; return value
    try:
        emergency, crisis, everyday = (lines(option(n)) for n in ('--emergency', '--crisis', '--everyday'))
        tool, pack = args
    except (ValueError, IndexError, OSError) as e:
        print(f'eval-alerts: {e}\n{__doc__}', file=sys.stderr)
        return 2
    queries = emergency + crisis + everyday
    with tempfile.NamedTemporaryFile('w', suffix='.txt', delete=False, encoding='utf-8') as f:
        f.write('\n'.join(queries) + '\n')
        name = f.name
    try:
        run = subprocess.run([tool, 'search', pack, '--queries', name, '--limit', '1', '--json'],
                             capture_output=True, text=True)
    finally:
        os.unlink(name)
    if run.returncode != 0:
        print(f'eval-alerts: {tool} search failed: {run.stderr.strip()}', file=sys.stderr)
        return 1
    alerts = {}
    for line in run.stdout.splitlines():
        d = json.loads(line)
        alerts[d['query']] = (d.get('alert') or {}).get('level')
    em = [q for q in emergency if alerts.get(q) in ('emergency', 'crisis')]
    cr = [q for q in crisis if alerts.get(q) == 'crisis']
    fp = [q for q in everyday if alerts.get(q)]
    print(json.dumps({'emergency_queries': len(emergency), 'emergency_raised': round(len(em) / max(1, len(emergency)), 3),
                      'crisis_queries': len(crisis), 'crisis_raised': round(len(cr) / max(1, len(crisis)), 3),
                      'everyday_queries': len(everyday), 'everyday_with_alert': len(fp)}, ensure_ascii=False))
    if show:
        for q in emergency:
            if q not in em: print('MISS emergency', alerts.get(q), q)
        for q in crisis:
            if q not in cr: print('MISS crisis', alerts.get(q), q)
        for q in fp: print('RAISED everyday', alerts[q], q)
    return 0

sys.exit(main())

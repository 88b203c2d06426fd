import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instanceMatchPatterns, instanceOrigin } from '@/lib/sites/mastodon-instances';

const NL = 'https://mastodon.nl/*';

describe('instanceMatchPatterns', () => {
  it.each<[string, unknown[], string[], string[]]>([
    // The plain case: listed and granted exactly as the options page requests it.
    ['listed and granted', ['mastodon.nl'], [NL], [NL]],
    // Listed but the user refused (or later revoked) the host: no script may target it.
    ['listed, not granted', ['mastodon.nl'], ['https://other.social/*'], []],
    // Granted but no longer listed: the user removed it, the grant may linger until permissions.remove lands.
    ['granted, not listed', [], [NL], []],
    // Several instances, only the granted ones, sorted so an unchanged set compares equal.
    ['only the granted ones, sorted', ['toot.community', 'mastodon.nl', 'fosstodon.org'], [NL, 'https://toot.community/*'], [NL, 'https://toot.community/*']],
    // Broader grants cover a host too ("*://" scheme, subdomain wildcard, all hosts, <all_urls>).
    ['any-scheme grant', ['mastodon.nl'], ['*://mastodon.nl/*'], [NL]],
    ['subdomain wildcard grant', ['social.example.nl'], ['*://*.example.nl/*'], ['https://social.example.nl/*']],
    ['wildcard covers its bare domain', ['example.nl'], ['https://*.example.nl/*'], ['https://example.nl/*']],
    ['all-hosts grant', ['mastodon.nl'], ['*://*/*'], [NL]],
    ['<all_urls> grant', ['mastodon.nl'], ['<all_urls>'], [NL]],
    // A grant for one path or for plain http does not cover the whole https site the script needs.
    ['path-limited grant', ['mastodon.nl'], ['https://mastodon.nl/home'], []],
    ['http-only grant', ['mastodon.nl'], ['http://mastodon.nl/*'], []],
    // A look-alike suffix is another site.
    ['suffix look-alike', ['evilmastodon.nl'], ['*://*.mastodon.nl/*'], []],
    // Stored hosts are normalised like adapterFor does, and duplicates collapse.
    ['case, www. and port', ['WWW.Mastodon.NL:443', 'mastodon.nl'], [NL], [NL]],
    // Hosts the manifest script already covers would get a second sidebar.
    ['built-in mastodon.social', ['mastodon.social'], ['*://*/*'], []],
    ['another coached site', ['x.com', 'www.linkedin.com'], ['*://*/*'], []],
    // Whatever storage holds: not host names, not strings, patterns in disguise.
    ['invalid entries dropped', ['', 'localhost', '*.nl', 'mastodon.nl/*', 'https://mastodon.nl', 'a b.nl', 42, null, { host: 'x' }], ['*://*/*'], []],
  ])('%s', (_why, hosts, granted, expected) => {
    expect(instanceMatchPatterns(hosts, granted)).toEqual(expected);
  });

  it('never returns a pattern that was not both listed (as a valid host) and granted, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.domain(), fc.anything())), fc.array(fc.oneof(fc.string(), fc.domain().map(instanceOrigin))), (hosts, granted) => {
        const patterns = instanceMatchPatterns(hosts, granted);
        for (const pattern of patterns) {
          expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
          expect(granted.includes(pattern) || granted.some((g) => g.includes('*') || g === '<all_urls>')).toBe(true);
        }
        expect(new Set(patterns).size).toBe(patterns.length);
      }),
    );
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { CLIENT_ADDRESS_HEADER, clientAddress } from '@/lib/auth/client-address';
import { env } from '@/lib/env';

const settings = env as Record<string, unknown>;
afterEach(() => {
  settings.NEWSROOM_TRUST_PROXY = false;
});

const headers = (h: Record<string, string>) => new Headers(h);

describe('the client address', () => {
  it('is the connection address, whatever X-Forwarded-For a client sends, unless the proxy is trusted', () => {
    const h = headers({ [CLIENT_ADDRESS_HEADER]: '::ffff:192.0.2.10', 'x-forwarded-for': '1.2.3.4' });
    expect(clientAddress(h)).toBe('192.0.2.10');
    settings.NEWSROOM_TRUST_PROXY = true;
    // Behind the proxy: the address it appended last; what the client put before it is ignored.
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: '10.0.0.2', 'x-forwarded-for': '1.2.3.4, 198.51.100.7' }))).toBe('198.51.100.7');
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: '10.0.0.2' }))).toBe('10.0.0.2');
  });

  it('is "unknown" when there is none', () => {
    expect(clientAddress(headers({}))).toBe('unknown');
  });
});

import http from 'node:http';
import { CLIENT_ADDRESS_HEADER } from '@/lib/auth/client-address';

let installed = false;

/**
 * Route handlers and server actions see headers, not the connection. Every request this
 * process serves gets the address of its connection in CLIENT_ADDRESS_HEADER, replacing
 * whatever a client sent under that name (lib/auth/client-address.ts reads it).
 */
export function installClientAddressHeader() {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const req = args[0] as http.IncomingMessage;
      req.headers[CLIENT_ADDRESS_HEADER] = req.socket?.remoteAddress ?? '';
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

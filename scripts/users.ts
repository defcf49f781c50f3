// The users CLI for IT: `npm run users -- <command> [options]`. Acts as the system, so it
// needs shell access to the server and nothing else.
import { parseArgs } from 'node:util';
import { env } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { errorText } from '@/lib/i18n/errors';
import { openDatabase, StartupError } from '@/lib/server/bootstrap';

const HELP = `Usage: npm run users -- <command> [options]

Commands:
  add          --email E --name N --role reader|editor|approver|admin [--unit CODE] [--password-stdin]
  list
  set-password --email E [--password-stdin]
  grant        --email E --role R [--unit CODE]
  revoke       --email E --role R [--unit CODE]
  deactivate   --email E
  activate     --email E

Without --password-stdin a password is generated and printed once.
With it, the password is read from standard input (at least 12 characters).`;

async function readStdin() {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(HELP);
    process.exit(command || values.help ? 0 : 2);
  }
  const need = (key: 'email' | 'name' | 'role') => {
    const v = values[key];
    if (!v) throw new Error(`--${key} is required for ${command}.`);
    return v;
  };
  const role = () => {
    const r = need('role');
    if (!['reader', 'editor', 'approver', 'admin'].includes(r)) throw new Error(`Unknown role "${r}": use reader, editor, approver or admin.`);
    return r as 'reader' | 'editor' | 'approver' | 'admin';
  };

  const conn = await openDatabase(env.DATABASE_URL);
  await conn.close();
  const dal = await import('@/lib/dal/users');
  const { SYSTEM } = await import('@/lib/permissions');
  const password = values['password-stdin'] ? await readStdin() : undefined;

  switch (command) {
    case 'add': {
      const result = await dal.createUser(SYSTEM, { email: need('email'), name: need('name'), role: role(), unit: values.unit, password });
      console.log(`Created ${need('email')} as ${values.role}${values.unit ? ` of ${values.unit}` : ''}.`);
      if (result.password) console.log(`Password (shown once): ${result.password}`);
      break;
    }
    case 'list': {
      const users = await dal.listUsers(SYSTEM);
      for (const u of users) {
        const grants = u.grants.map((g) => g.role + (g.unit ? `@${g.unit}` : '')).join(',');
        console.log(`${u.email}\t${u.name}\t${u.active ? 'active' : 'deactivated'}\t${grants}`);
      }
      break;
    }
    case 'set-password': {
      const result = await dal.setUserPassword(SYSTEM, { email: need('email'), password });
      console.log(`Password of ${need('email')} changed; their sessions have ended.`);
      if (result.password) console.log(`Password (shown once): ${result.password}`);
      break;
    }
    case 'grant':
      await dal.grantRole(SYSTEM, { email: need('email'), role: role(), unit: values.unit });
      console.log(`Granted ${values.role}${values.unit ? ` of ${values.unit}` : ''} to ${need('email')}.`);
      break;
    case 'revoke': {
      const { removed } = await dal.revokeRole(SYSTEM, { email: need('email'), role: role(), unit: values.unit });
      console.log(removed ? `Revoked ${values.role} from ${need('email')}.` : `${need('email')} did not hold that role.`);
      break;
    }
    case 'deactivate':
    case 'activate':
      await dal.setUserActive(SYSTEM, { email: need('email'), active: command === 'activate' });
      console.log(`${need('email')} is ${command}d${command === 'deactivate' ? '; their sessions have ended' : ''}.`);
      break;
    default:
      throw new Error(`Unknown command "${command}". Run \`npm run users -- --help\`.`);
  }
  process.exit(0);
}

main().catch((error) => {
  if (error instanceof AppError) console.error(`newsroom: ${errorText(error.code, error.params)}`);
  else console.error(`newsroom: ${error instanceof StartupError || error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  process.exit(1);
});

// The users CLI for IT: `npm run users -- <command> [options]`. Acts as the system, so it
// needs shell access to the server and nothing else. The admin console does the same in a
// browser; both go through lib/dal, with the same checks and the same audit entries.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { need, openExistingDatabase, readInput, readStdin, runCli, UsageError } from './lib/cli';

const HELP = `Usage: npm run users -- <command> [options]

Commands:
  list
  add          --email E --name N [--role reader|editor|approver|admin] [--unit CODE]
               [--password-stdin | --invite]
  edit         --email E [--new-email E2] [--name N] [--unit CODE|none]
  set-password --email E [--password-stdin | --invite]
  grant        --email E --role R [--unit CODE]
  revoke       --email E --role R [--unit CODE]
  deactivate   --email E
  activate     --email E
  sign-out     --email E            end every session of the user
  import       FILE [--dry-run] [--invite]
               CSV with a header: email,name,unit,roles,active
               (roles like "editor@OU-EAST;approver"); "-" reads standard input
  export       [FILE]               CSV of every user (standard output without FILE)
  export-data  --email E [FILE]     everything held about one user, as JSON
  erase        --email E --yes      erase a user; their articles and audit entries stay,
                                    attributed to "former employee"

--unit names the user's unit and the scope of --role. Without --password-stdin or
--invite a password is generated and printed once; with --password-stdin it is read from
standard input (at least 12 characters); --invite prints a link (and mails it when SMTP_URL
is set) with which the user chooses their own.`;

/** Writes to standard output and waits until it is out, before the process exits. */
const write = (text: string) => new Promise<void>((resolve) => process.stdout.write(text, () => resolve()));

const ROLES = ['reader', 'editor', 'approver', 'admin'] as const;
type Role = (typeof ROLES)[number];

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: 'string' },
      'new-email': { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      unit: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
      invite: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, arg] = positionals;
  if (!command || values.help) {
    console.log(HELP);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const email = () => need(values, 'email', command);
  const role = (): Role => {
    const r = need(values, 'role', command);
    if (!(ROLES as readonly string[]).includes(r)) throw new UsageError(`unknown role "${r}": use reader, editor, approver or admin.`);
    return r as Role;
  };
  if (values['password-stdin'] && values.invite) throw new UsageError('choose either --password-stdin or --invite.');

  await openExistingDatabase();
  const admin = await import('@/lib/dal/user-admin');
  const directory = await import('@/lib/dal/user-directory');
  const { SYSTEM } = await import('@/lib/permissions');
  const password = values['password-stdin'] ? await readStdin() : undefined;
  const showSecret = (r: { password: string | null; invitation: { link: string; mailed: boolean } | null }) => {
    if (r.password) console.log(`Password (shown once): ${r.password}`);
    if (r.invitation) console.log(`Invitation link (shown once${r.invitation.mailed ? '; also mailed' : ''}): ${r.invitation.link}`);
  };

  switch (command) {
    case 'list': {
      for (const u of await directory.listUsers(SYSTEM)) {
        console.log([u.email, u.name, u.unit ?? '-', u.active ? 'active' : 'deactivated', directory.formatGrants(u.grants) || 'reader'].join('\t'));
      }
      return;
    }
    case 'add': {
      const r = values.role ? role() : 'reader';
      const result = await admin.createUser(SYSTEM, { email: email(), name: need(values, 'name', command), role: r, unit: values.unit, password, invite: values.invite });
      console.log(`Created ${email()} as ${r}${values.unit ? ` of ${values.unit.toUpperCase()}` : ''}.`);
      showSecret(result);
      return;
    }
    case 'edit': {
      if (values['new-email'] === undefined && values.name === undefined && values.unit === undefined) throw new UsageError('edit needs --new-email, --name or --unit.');
      const unit = values.unit === undefined ? undefined : values.unit.toLowerCase() === 'none' ? null : values.unit;
      await admin.updateUser(SYSTEM, { user: email(), email: values['new-email'], name: values.name, unit });
      console.log(`Updated ${values['new-email'] ?? email()}.`);
      return;
    }
    case 'set-password': {
      const result = await admin.setUserPassword(SYSTEM, { user: email(), password, invite: values.invite });
      console.log(`Password of ${email()} ${values.invite ? 'reset' : 'changed'}; their sessions have ended.`);
      showSecret({ password: result.password, invitation: result.invitation });
      return;
    }
    case 'grant': {
      const { granted } = await admin.grantRole(SYSTEM, { user: email(), role: role(), unit: values.unit });
      console.log(granted ? `Granted ${values.role}${values.unit ? ` of ${values.unit.toUpperCase()}` : ''} to ${email()}.` : `${email()} holds that role already.`);
      return;
    }
    case 'revoke': {
      const { removed } = await admin.revokeRole(SYSTEM, { user: email(), role: role(), unit: values.unit });
      console.log(removed ? `Revoked ${values.role} from ${email()}.` : `${email()} did not hold that role.`);
      return;
    }
    case 'deactivate':
    case 'activate':
      await admin.setUserActive(SYSTEM, { user: email(), active: command === 'activate' });
      console.log(`${email()} is ${command}d${command === 'deactivate' ? '; their sessions have ended' : ''}.`);
      return;
    case 'sign-out':
      await admin.signOutEverywhere(SYSTEM, { user: email() });
      console.log(`Every session of ${email()} has ended.`);
      return;
    case 'import':
      return importUsers(arg, values['dry-run'], values.invite);
    case 'export': {
      const csv = await directory.exportUsersCsv(SYSTEM);
      if (arg) {
        writeFileSync(arg, csv, { flag: 'wx' });
        console.log(`Users written to ${arg}.`);
      } else await write(csv);
      return;
    }
    case 'export-data': {
      const { exportUserData } = await import('@/lib/dal/privacy');
      const json = JSON.stringify(await exportUserData(SYSTEM, email()), null, 2) + '\n';
      if (arg) {
        writeFileSync(arg, json, { flag: 'wx', mode: 0o600 });
        console.log(`Data of ${email()} written to ${arg}.`);
      } else await write(json);
      return;
    }
    case 'erase': {
      if (!values.yes) throw new UsageError('erasing cannot be undone: add --yes to confirm.');
      const { eraseUser } = await import('@/lib/dal/privacy');
      await eraseUser(SYSTEM, email());
      console.log(`${email()} is erased; their articles and audit entries now read "former employee".`);
      return;
    }
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

async function importUsers(file: string | undefined, dryRun: boolean, invite: boolean) {
  if (!file) throw new UsageError('import needs a CSV file (or - for standard input).');
  const text = await readInput(file);
  const { planUserImport, runUserImport } = await import('@/lib/dal/user-import');
  const { errorText } = await import('@/lib/i18n/errors');
  const { SYSTEM } = await import('@/lib/permissions');
  const plan = await planUserImport(SYSTEM, text);
  for (const row of plan.rows) {
    const what = row.outcome === 'update' ? `update (${row.changes.join(', ')})` : row.outcome;
    const problems = row.problems.map((p) => `${p.field ? `${p.field}: ` : ''}${errorText(p.code, p.params)}`).join('; ');
    console.log(`line ${row.line}\t${row.email || '-'}\t${what}${problems ? `\t${problems}` : ''}`);
  }
  const { create, update, unchanged, error } = plan.counts;
  console.log(`${create} to create, ${update} to update, ${unchanged} unchanged, ${error} with errors.`);
  if (dryRun) return;
  if (error > 0) {
    console.error('newsroom: nothing was imported; correct the rows above and run the import again.');
    process.exit(1);
  }
  const result = await runUserImport(SYSTEM, text, { invite });
  console.log(`Imported: ${result.counts.create} created, ${result.counts.update} updated.`);
  for (const i of result.invitations) console.log(`Invitation for ${i.email} (shown once${i.mailed ? '; also mailed' : ''}): ${i.link}`);
}

runCli(HELP, main);

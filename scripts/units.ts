// The units CLI for IT: `npm run units -- <command> [options]`, the command-line twin of
// the console's Units page. Acts as the system; every change is on the audit log.
import { parseArgs } from 'node:util';
import { need, openExistingDatabase, runCli, UsageError } from './lib/cli';

const HELP = `Usage: npm run units -- <command> [options]

Commands:
  list
  add      --code CODE --name-en N --name-zh N [--parent CODE] [--kind group|department|company]
  rename   --code CODE [--name-en N] [--name-zh N] [--kind K]
  move     --code CODE --parent CODE|none
  retire   --code CODE     keeps the unit on what refers to it; takes nothing new
  restore  --code CODE
  delete   --code CODE     only a unit that nothing refers to

Example: npm run units -- add --code OU-EAST --name-en "East region" --name-zh "华东区域公司" --parent GROUP`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      code: { type: 'string' },
      'name-en': { type: 'string' },
      'name-zh': { type: 'string' },
      parent: { type: 'string' },
      kind: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(HELP);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const code = () => need(values, 'code', command).toUpperCase();
  await openExistingDatabase();
  const dal = await import('@/lib/dal/unit-admin');
  const { SYSTEM } = await import('@/lib/permissions');
  switch (command) {
    case 'list': {
      const list = await dal.listUnitsForAdmin(SYSTEM);
      const codeOf = new Map(list.map((u) => [u.id, u.code]));
      for (const u of list) {
        const refs = `${u.refs.members} members, ${u.refs.articles} articles, ${u.refs.grants} grants`;
        console.log([`${'  '.repeat(u.depth)}${u.code}`, u.nameEn, u.nameZh, u.kind, u.parentId ? codeOf.get(u.parentId) : '-', u.retiredAt ? 'retired' : 'active', refs].join('\t'));
      }
      return;
    }
    case 'add': {
      await dal.createUnit(SYSTEM, { code: code(), nameEn: need(values, 'name-en', command), nameZh: need(values, 'name-zh', command), kind: values.kind, parent: values.parent });
      console.log(`Added unit ${code()}${values.parent ? ` under ${values.parent.toUpperCase()}` : ''}.`);
      return;
    }
    case 'rename':
      if (values['name-en'] === undefined && values['name-zh'] === undefined && values.kind === undefined) throw new UsageError('rename needs --name-en, --name-zh or --kind.');
      await dal.updateUnit(SYSTEM, { unit: code(), nameEn: values['name-en'], nameZh: values['name-zh'], kind: values.kind });
      console.log(`Unit ${code()} updated.`);
      return;
    case 'move': {
      const parent = need(values, 'parent', command);
      await dal.updateUnit(SYSTEM, { unit: code(), parent: parent.toLowerCase() === 'none' ? null : parent });
      console.log(`Unit ${code()} moved ${parent.toLowerCase() === 'none' ? 'to the top level' : `under ${parent.toUpperCase()}`}.`);
      return;
    }
    case 'retire':
    case 'restore': {
      const refs = await dal.setUnitRetired(SYSTEM, { unit: code(), retired: command === 'retire' });
      console.log(`Unit ${code()} ${command === 'retire' ? 'retired' : 'restored'} (${refs.members} members, ${refs.articles} articles, ${refs.grants} role grants, ${refs.series} meeting series refer to it).`);
      return;
    }
    case 'delete':
      await dal.deleteUnit(SYSTEM, { unit: code() });
      console.log(`Unit ${code()} deleted.`);
      return;
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

runCli(HELP, main);

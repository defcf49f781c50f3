// The categories CLI for IT: `npm run categories -- <command> [options]`, the command-line
// twin of the console's Categories page. Acts as the system; every change is on the audit log.
import { parseArgs } from 'node:util';
import { need, openExistingDatabase, runCli, UsageError } from './lib/cli';

const HELP = `Usage: npm run categories -- <command> [options]

Commands:
  list
  add      --name-en N --name-zh N [--slug SLUG]   the address (slug) comes from the English name unless given
  rename   --slug SLUG --name-en N --name-zh N      the address stays
  move     --slug SLUG --up | --down
  retire   --slug SLUG     articles keep it; it takes no new ones
  restore  --slug SLUG`;

async function main() {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      'name-en': { type: 'string' },
      'name-zh': { type: 'string' },
      up: { type: 'boolean', default: false },
      down: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(HELP);
    if (!values.help) process.exitCode = 2;
    return;
  }
  const slug = () => need(values, 'slug', command);
  await openExistingDatabase();
  const dal = await import('@/lib/dal/categories');
  const { SYSTEM } = await import('@/lib/permissions');
  switch (command) {
    case 'list':
      for (const c of await dal.listCategoriesForAdmin(SYSTEM)) console.log([c.slug, c.nameEn, c.nameZh, c.retiredAt ? 'retired' : 'active', `${c.articles} articles`].join('\t'));
      return;
    case 'add': {
      const { slug: created } = await dal.createCategory(SYSTEM, { slug: values.slug, nameEn: need(values, 'name-en', command), nameZh: need(values, 'name-zh', command) });
      console.log(`Added category ${created}.`);
      return;
    }
    case 'rename':
      await dal.renameCategory(SYSTEM, { category: slug(), nameEn: need(values, 'name-en', command), nameZh: need(values, 'name-zh', command) });
      console.log(`Category ${slug()} renamed.`);
      return;
    case 'move':
      if (values.up === values.down) throw new UsageError('move needs --up or --down.');
      await dal.moveCategory(SYSTEM, { category: slug(), direction: values.up ? 'up' : 'down' });
      console.log(`Category ${slug()} moved ${values.up ? 'up' : 'down'}.`);
      return;
    case 'retire':
    case 'restore':
      await dal.setCategoryRetired(SYSTEM, { category: slug(), retired: command === 'retire' });
      console.log(`Category ${slug()} ${command === 'retire' ? 'retired' : 'restored'}.`);
      return;
    default:
      throw new UsageError(`unknown command "${command}".`);
  }
}

runCli(HELP, main);

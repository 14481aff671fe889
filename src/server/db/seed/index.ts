// What a fresh database gets: the unit directory always (and documents' issuers in one spelling); with DEMO, the demo accounts and the
// demo records of each module (each module seeds its own, in the order listed here).
import { count } from 'drizzle-orm';
import type { Clock } from '../../lib/clock.js';
import { trackingDemoSeeder } from '../../modules/assignments/demo-seed.js';
import { commitmentsDemoSeeder } from '../../modules/commitments/seed.js';
import { settleIssuerSpellings } from '../../modules/documents/repo.js';
import { reportRoundsDemoSeeder } from '../../modules/report-rounds/demo-seed.js';
import type { Db } from '../client.js';
import { users } from '../schema/users.js';
import { seedDemoUsers } from './demo-users.js';
import { seedDirectory } from './directory.js';

export interface DemoSeeder {
  name: string;
  seed(db: Db, clock: Clock): Promise<void>;
}

/** Module demo data, run in order after the demo accounts exist (report rounds report on the others'). */
export const demoSeeders: DemoSeeder[] = [trackingDemoSeeder, commitmentsDemoSeeder, reportRoundsDemoSeeder];

export async function seedDatabase(
  db: Db,
  clock: Clock,
  opts: { demo: boolean },
): Promise<{ units: number; demo: boolean }> {
  const unitsAdded = await seedDirectory(db);
  await settleIssuerSpellings(db);
  if (!opts.demo) return { units: unitsAdded, demo: false };
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return { units: unitsAdded, demo: false };
  await seedDemoUsers(db);
  for (const s of demoSeeders) await s.seed(db, clock);
  return { units: unitsAdded, demo: true };
}

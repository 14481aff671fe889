import { z } from 'zod';

const int = z.number().int();

/** What an administrator checks on their home: who uses the product, what it holds, how it runs. */
export const systemStatusOut = z.object({
  db: z.enum(['pglite', 'postgres']),
  /** The database's size on disk, in bytes (files are stored in it too). */
  databaseBytes: int,
  /** The app server that answered: its version, start and Node.js version. */
  server: z.object({ version: z.string(), startedAt: z.string(), uptimeSeconds: int, node: z.string() }),
  users: z.object({ total: int, active: int, locked: int, admins: int, signedInNow: int }),
  units: z.object({ total: int, active: int, withoutPeople: int }),
  records: z.object({
    documents: int,
    tasks: int,
    assignments: int,
    commitments: int,
    openObstacles: int,
    files: int,
    fileBytes: int,
  }),
  audit: z.object({ entries: int, lastAt: z.string().nullable(), last24h: int }),
});
export type SystemStatus = z.infer<typeof systemStatusOut>;

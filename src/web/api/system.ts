// The system's state for its administrator (GET /system/status).
import { useQuery } from '@tanstack/react-query';
import { get } from './client';

export interface SystemStatus {
  db: 'pglite' | 'postgres';
  databaseBytes: number;
  server: { version: string; startedAt: string; uptimeSeconds: number; node: string };
  users: { total: number; active: number; locked: number; admins: number; signedInNow: number };
  units: { total: number; active: number; withoutPeople: number };
  records: {
    documents: number;
    tasks: number;
    assignments: number;
    commitments: number;
    openObstacles: number;
    files: number;
    fileBytes: number;
  };
  audit: { entries: number; lastAt: string | null; last24h: number };
}

export const useSystemStatus = () =>
  useQuery({
    queryKey: ['system', 'status'],
    queryFn: () => get<SystemStatus>('/system/status'),
    staleTime: 30_000,
  });

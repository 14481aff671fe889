import type { ActivityView } from './repo.js';
import type { ActivityOut } from './schema.js';

export function presentActivity(r: ActivityView): ActivityOut {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    startOn: r.startOn,
    endOn: r.endOn,
    place: r.place,
    leaders: r.leaders,
    countries: r.countries,
    summary: r.summary,
    commitmentCount: r.commitmentCount,
    documents: r.documents.map((d) => ({ ...d, summary: d.summary ?? '' })),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

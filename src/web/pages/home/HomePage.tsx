// Home by role: a unit's people land on "Việc của đơn vị"; Sở Ngoại vụ on what waits for it;
// leaders on the overview (/tong-quan); administrators on the system's people, units and state.
import { lazy } from 'react';
import { useMe } from '../../api/me';

const UnitHome = lazy(() => import('../assignments/UnitHome'));
const FocalHome = lazy(() => import('./FocalHome'));
const DashboardPage = lazy(() => import('../dashboard/DashboardPage'));
const AdminHome = lazy(() => import('./AdminHome'));

export default function HomePage() {
  const { data: me } = useMe();
  if (!me) return null;
  if (me.role === 'officer' || me.role === 'head') return <UnitHome />;
  if (me.role === 'leader') return <DashboardPage />;
  if (me.role === 'focal') return <FocalHome />;
  return <AdminHome />;
}

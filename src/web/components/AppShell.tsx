// The app's gate: the sign-in page, or the signed-in frame (SignedInLayout). Both load lazily so
// that the sign-in page, the first thing anyone opens, carries only what it needs.
import { Result } from 'antd';
import { lazy, Suspense, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { useMe } from '../api/me';
import { FullPageSpin } from './FullPageSpin';

const LoginPage = lazy(() => import('../pages/login/LoginPage'));
const SignedInLayout = lazy(() => import('./SignedInLayout'));

export function AppShell() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    const onLogout = () => navigate('/dang-nhap');
    window.addEventListener('doingoai:unauthenticated', onLogout);
    return () => window.removeEventListener('doingoai:unauthenticated', onLogout);
  }, [navigate]);

  if (location.pathname === '/dang-nhap')
    return (
      <Suspense fallback={<FullPageSpin />}>
        <LoginPage />
      </Suspense>
    );
  if (me.isPending) return <FullPageSpin />;
  if (me.error) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      return (
        <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(location.pathname + location.search)}`} replace />
      );
    }
    return <Result status="error" title="Không tải được ứng dụng" subTitle={me.error.message} />;
  }
  return (
    <Suspense fallback={<FullPageSpin />}>
      <SignedInLayout />
    </Suspense>
  );
}

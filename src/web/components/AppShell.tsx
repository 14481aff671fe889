// The signed-in frame: menu by role, the person and unit, and the pages; the sign-in page otherwise.
import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Result, Spin, Typography } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../api/client';
import { roleLabels, useLogout, useMe } from '../api/me';
import LoginPage from '../pages/login/LoginPage';
import { canSee, routes } from '../routes';

const { Header, Sider, Content } = Layout;

export function AppShell() {
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();

  useEffect(() => {
    const onLogout = () => navigate('/dang-nhap');
    window.addEventListener('doingoai:unauthenticated', onLogout);
    return () => window.removeEventListener('doingoai:unauthenticated', onLogout);
  }, [navigate]);

  if (location.pathname === '/dang-nhap') return <LoginPage />;
  if (me.isPending) return <FullPageSpin />;
  if (me.error) {
    if (me.error instanceof ApiError && me.error.status === 401) {
      return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(location.pathname + location.search)}`} replace />;
    }
    return <Result status="error" title="Không tải được ứng dụng" subTitle={me.error.message} />;
  }
  return <SignedIn />;
}

function FullPageSpin() {
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '60vh' }}>
      <Spin size="large" />
    </div>
  );
}

function SignedIn() {
  const { data: me } = useMe();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  const isMobile = !screens.lg;
  const [drawer, setDrawer] = useState(false);
  const location = useLocation();
  if (!me) return null;

  const visible = routes.filter((r) => canSee(r, me.role));
  const selected = visible
    .filter((r) => r.path === '/' ? location.pathname === '/' : location.pathname.startsWith(r.path))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      onClick={() => setDrawer(false)}
      items={visible.filter((r) => r.label).map((r) => ({ key: r.path, icon: r.icon, label: <Link to={r.path}>{r.label}</Link> }))}
    />
  );
  const brand = (
    <Link to="/" style={{ display: 'block', padding: '16px 20px', color: 'inherit', lineHeight: 1.3 }}>
      <Typography.Text strong style={{ color: '#b71c1c', fontSize: 15 }}>
        SỞ NGOẠI VỤ GIA LAI
      </Typography.Text>
      <br />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        Theo dõi nhiệm vụ đối ngoại
      </Typography.Text>
    </Link>
  );

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {isMobile ? (
        <Drawer open={drawer} onClose={() => setDrawer(false)} placement="left" size={260} styles={{ body: { padding: 0 } }} title={null}>
          {brand}
          {menu}
        </Drawer>
      ) : (
        <Sider width={240} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
          {brand}
          {menu}
        </Sider>
      )}
      <Layout>
        <Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #f0f0f0' }}>
          {isMobile && <Button type="text" icon={<MenuOutlined />} aria-label="Mở menu" onClick={() => setDrawer(true)} />}
          <div style={{ flex: 1 }} />
          <Dropdown
            menu={{
              items: [
                { key: 'account', icon: <KeyOutlined />, label: <Link to="/tai-khoan">Đổi mật khẩu</Link> },
                { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', onClick: logout },
              ],
            }}
          >
            <Button type="text" icon={<UserOutlined />} data-testid="user-menu" style={{ height: 'auto', textAlign: 'left', lineHeight: 1.2 }}>
              <span>
                <strong>{me.fullName}</strong>
                {!isMobile && (
                  <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                    {roleLabels[me.role]}
                    {me.unit ? ` · ${me.unit.name}` : ''}
                  </Typography.Text>
                )}
              </span>
            </Button>
          </Dropdown>
        </Header>
        <Content style={{ padding: isMobile ? 12 : 24 }}>
          <Suspense fallback={<FullPageSpin />}>
            <Routes>
              {visible.map((r) => (
                <Route key={r.path} path={r.path === '/' ? '/' : `${r.path}/*`} element={<r.page />} />
              ))}
              <Route
                path="*"
                element={<Result status="404" title="Không tìm thấy trang" subTitle="Trang không tồn tại hoặc bạn không có quyền xem." extra={<Link to="/">Về trang chủ</Link>} />}
              />
            </Routes>
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

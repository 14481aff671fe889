// The signed-in frame: the menu by role (a drawer below lg), the person and unit, the pages.
import { KeyOutlined, LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Drawer, Dropdown, Grid, Layout, Menu, Result, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Link, Route, Routes, useLocation } from 'react-router';
import { roleLabels, useLogout, useMe } from '../api/me';
import { canSee, routes } from '../routes';
import { FullPageSpin } from './FullPageSpin';
import { NotificationBell } from './NotificationBell';

const { Header, Sider, Content } = Layout;

export default function SignedInLayout() {
  const { data: me } = useMe();
  const logout = useLogout();
  const screens = Grid.useBreakpoint();
  // Before the first measurement the breakpoints are unknown: decide from the window.
  const isMobile = screens.lg === undefined ? window.innerWidth < 992 : !screens.lg;
  const [drawer, setDrawer] = useState(false);
  const location = useLocation();
  if (!me) return null;

  const visible = routes.filter((r) => canSee(r, me.role));
  const selected = visible
    .filter((r) => (r.path === '/' ? location.pathname === '/' : location.pathname.startsWith(r.path)))
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
  const menu = (
    <Menu
      mode="inline"
      style={{ borderInlineEnd: 'none' }}
      selectedKeys={selected ? [selected] : []}
      onClick={() => setDrawer(false)}
      items={visible
        .filter((r) => r.label)
        .map((r) => ({ key: r.path, icon: r.icon, label: <Link to={r.path}>{r.label}</Link> }))}
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
        <Drawer
          open={drawer}
          onClose={() => setDrawer(false)}
          placement="left"
          size={260}
          styles={{ body: { padding: 0 } }}
          title={null}
        >
          {brand}
          {menu}
        </Drawer>
      ) : (
        <Sider
          width={240}
          theme="light"
          style={{
            borderInlineEnd: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            height: '100vh',
            overflow: 'auto',
          }}
        >
          {brand}
          {menu}
        </Sider>
      )}
      <Layout>
        <Header
          style={{
            background: '#fff',
            padding: isMobile ? '0 8px' : '0 16px',
            display: 'flex',
            alignItems: 'center',
            gap: isMobile ? 4 : 12,
            borderBottom: '1px solid #f0f0f0',
          }}
        >
          {isMobile && (
            <>
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label="Mở menu"
                onClick={() => setDrawer(true)}
              />
              <Link to="/" style={{ color: '#b71c1c', fontWeight: 600, whiteSpace: 'nowrap' }}>
                SNgV Gia Lai
              </Link>
            </>
          )}
          <div style={{ flex: 1 }} />
          <NotificationBell />
          <Dropdown
            menu={{
              items: [
                { key: 'account', icon: <KeyOutlined />, label: <Link to="/tai-khoan">Đổi mật khẩu</Link> },
                { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', onClick: logout },
              ],
            }}
          >
            <Button
              type="text"
              icon={<UserOutlined />}
              data-testid="user-menu"
              style={{
                height: 'auto',
                textAlign: 'left',
                lineHeight: 1.2,
                minWidth: 0,
                maxWidth: isMobile ? 220 : 420,
              }}
            >
              <span style={{ minWidth: 0, overflow: 'hidden' }}>
                <strong style={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                  {me.fullName}
                </strong>
                <Typography.Text
                  type="secondary"
                  style={{ display: 'block', fontSize: 12, overflow: 'hidden', textOverflow: 'ellipsis' }}
                  data-testid="user-unit"
                >
                  {isMobile
                    ? (me.unit?.shortName ?? me.unit?.name ?? roleLabels[me.role])
                    : `${roleLabels[me.role]}${me.unit ? ` · ${me.unit.name}` : ''}`}
                </Typography.Text>
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
                element={
                  <Result
                    status="404"
                    title="Không tìm thấy trang"
                    subTitle="Trang không tồn tại hoặc bạn không có quyền xem."
                    extra={<Link to="/">Về trang chủ</Link>}
                  />
                }
              />
            </Routes>
          </Suspense>
        </Content>
      </Layout>
    </Layout>
  );
}

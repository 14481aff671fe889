// Every page of the app: its address, its menu entry and who sees it. Pages load lazily.
// A capability adds its pages here (one entry each) and nowhere else.
import {
  ApartmentOutlined,
  AuditOutlined,
  HomeOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { type ComponentType, type LazyExoticComponent, lazy, type ReactNode } from 'react';
import type { Role } from './api/me';

export interface AppRoute {
  path: string;
  /** Menu label; routes without one are reachable by link only. */
  label?: string;
  icon?: ReactNode;
  /** Who may open the page (the API checks again; this only shapes the menu). */
  roles: Role[] | 'all';
  page: LazyExoticComponent<ComponentType>;
}

export const routes: AppRoute[] = [
  { path: '/', label: 'Trang chủ', icon: <HomeOutlined />, roles: 'all', page: lazy(() => import('./pages/home/HomePage')) },
  { path: '/don-vi', label: 'Đơn vị', icon: <ApartmentOutlined />, roles: ['admin', 'focal', 'leader'], page: lazy(() => import('./pages/units/UnitsPage')) },
  { path: '/nguoi-dung', label: 'Người dùng', icon: <TeamOutlined />, roles: ['admin'], page: lazy(() => import('./pages/users/UsersPage')) },
  { path: '/nhat-ky', label: 'Nhật ký thay đổi', icon: <AuditOutlined />, roles: ['admin', 'focal', 'leader'], page: lazy(() => import('./pages/audit/AuditPage')) },
  { path: '/tai-khoan', roles: 'all', page: lazy(() => import('./pages/account/AccountPage')) },
];

export const canSee = (route: AppRoute, role: Role) => route.roles === 'all' || route.roles.includes(role);
